package dev.cascade.okr.service.table;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.AlignmentGraph;
import dev.cascade.okr.core.model.AlignmentPolicy;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalImportStore;
import dev.cascade.okr.core.port.GoalImportStore.Aligned;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.GoalService.Prepared;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.GoalSheet.Column;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Goals imported from a spreadsheet in the {@link GoalSheet} layout (issue 15, docs/decisions/0020-spreadsheets.md):
 * the file is read and every row checked first — the layout's own problems, then each goal as
 * {@link GoalService#prepare} checks a goal being created (the caller may create it, its owner and project exist, its
 * key results and weights follow core's rules), then each alignment as {@link AlignmentPolicy} checks one — and every
 * problem is answered by row and column ({@code file.rows[<row>].<column>}). Only a file without any problem is
 * stored, in one transaction ({@link GoalImportStore}); the goals are drafts, as created goals are.
 */
@JiraComponent
public final class GoalImports {

    /** The largest file, in bytes. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private final GoalService goals;
    private final SettingsStore settings;
    private final GoalImportStore store;
    private final GoalTrees trees;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public GoalImports(GoalService goals, SettingsStore settings, GoalImportStore store, GoalTrees trees) {
        this(goals, settings, store, trees, Clock.systemUTC());
    }

    GoalImports(GoalService goals, SettingsStore settings, GoalImportStore store, GoalTrees trees, Clock clock) {
        this.goals = goals;
        this.settings = settings;
        this.store = store;
        this.trees = trees;
        this.clock = clock;
    }

    /**
     * Imports the goals of {@code file} (XLSX when it starts as a ZIP archive does, else CSV): the number of goals
     * stored, or 400 with every problem and nothing stored; 401 for an anonymous caller.
     *
     * @param labels each column's label in the caller's language (a header cell may also be the column's code)
     */
    public Outcome<Integer> importGoals(Caller caller, byte[] file, Function<Column, String> labels) {
        if (caller.userKey().isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        if (file == null || file.length == 0) {
            return invalid(List.of(Violation.of(ViolationCode.GOALS_IMPORT_EMPTY, "file")));
        }
        if (file.length > MAX_BYTES) {
            return invalid(List.of(Violation.of(ViolationCode.GOALS_IMPORT_TOO_LARGE, "file",
                    String.valueOf(MAX_BYTES / 1024))));
        }
        SheetReader reader = XlsxSheetReader.looksLikeZip(file) ? new XlsxSheetReader(file) : new CsvSheetReader(file);
        List<Violation> violations = new ArrayList<>();
        List<GoalSheet.Goal> sheet;
        try {
            sheet = GoalSheet.read(reader, labels, violations);
        } catch (SheetReader.Refused refused) {
            return invalid(refused.violations());
        }
        List<NewObjective> prepared = new ArrayList<>();
        for (GoalSheet.Goal goal : sheet) {
            Outcome<Prepared> checked = goals.prepare(caller, goal.input());
            if (checked.isSuccess()) {
                prepared.add(checked.value().objective());
            } else if (checked.failure() == Failure.UNAUTHENTICATED) {
                return checked.failed();
            } else {
                prepared.add(null);
                checked.violations().forEach(v -> violations.add(located(v, goal)));
            }
        }
        List<Aligned> aligned = alignments(sheet, prepared, violations);
        if (!violations.isEmpty()) {
            return invalid(violations);
        }
        List<ObjectiveId> ids = store.insertAll(prepared, aligned, caller.userKey().get(), clock.instant());
        trees.goalsChanged(ids);
        trees.cascadesChanged(aligned.stream().map(a -> ids.get(a.parent())).toList());
        return Outcome.success(ids.size());
    }

    /**
     * The alignments of the file, each checked by {@link AlignmentPolicy} on the file's goals as they would be
     * stored (stand-in ids); a goal whose parent comes after it is stored after its parent all the same, because the
     * store takes the goals in the order {@link #ordered} gives.
     */
    private List<Aligned> alignments(List<GoalSheet.Goal> sheet, List<NewObjective> prepared,
            List<Violation> violations) {
        if (!violations.isEmpty()) {
            return List.of();
        }
        LevelScheme levels = settings.levelScheme().value();
        Map<String, Integer> placeOf = new HashMap<>();
        List<AlignmentGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            placeOf.put(sheet.get(i).ref(), i);
            NewObjective goal = prepared.get(i);
            nodes.add(new AlignmentGraph.Node(new ObjectiveId(i + 1L), goal.fields().period(),
                    levels.level(goal.fields().levelKey()).map(l -> l.rank()).orElse(levels.levels().size())));
        }
        List<Alignment> edges = new ArrayList<>();
        List<Aligned> aligned = new ArrayList<>();
        AlignmentPolicy policy = new AlignmentPolicy(levels);
        for (int i = 0; i < sheet.size(); i++) {
            GoalSheet.Goal goal = sheet.get(i);
            if (goal.parentRef() == null) {
                continue;
            }
            BigDecimal percent = goal.contribution() == null ? BigDecimal.valueOf(100) : goal.contribution();
            Weight contribution = Weight.ofPercentOrNull(percent);
            if (contribution == null) {
                violations.add(Violation.of(ViolationCode.ALIGNMENT_CONTRIBUTION_INVALID,
                        GoalSheet.field(goal.row(), Column.CONTRIBUTION), percent.toPlainString()));
                continue;
            }
            int parent = placeOf.get(goal.parentRef());
            ObjectiveId child = new ObjectiveId(i + 1L);
            ObjectiveId parentId = new ObjectiveId(parent + 1L);
            List<Violation> refused = policy.check(AlignmentGraph.of(nodes, edges), child, parentId).stream()
                    .filter(Violation::isError).toList();
            if (refused.isEmpty()) {
                edges.add(new Alignment(child, parentId, contribution));
                aligned.add(new Aligned(i, parent, contribution));
            } else {
                refused.forEach(v -> violations.add(new Violation(v.code(),
                        GoalSheet.field(goal.row(), Column.PARENT), v.args(), v.severity())));
            }
        }
        return ordered(aligned, prepared);
    }

    /**
     * The goals reordered so that every parent comes before its children (the file's order otherwise), and the
     * alignments renumbered to match.
     */
    private static List<Aligned> ordered(List<Aligned> aligned, List<NewObjective> prepared) {
        Map<Integer, Integer> parentOf = new HashMap<>();
        aligned.forEach(a -> parentOf.put(a.child(), a.parent()));
        List<Integer> order = new ArrayList<>();
        boolean[] placed = new boolean[prepared.size()];
        for (int i = 0; i < prepared.size(); i++) {
            place(i, parentOf, placed, order);
        }
        List<NewObjective> reordered = order.stream().map(prepared::get).toList();
        Map<Integer, Integer> newPlace = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            newPlace.put(order.get(i), i);
        }
        prepared.clear();
        prepared.addAll(reordered);
        return aligned.stream().map(a -> new Aligned(newPlace.get(a.child()), newPlace.get(a.parent()),
                a.contribution())).toList();
    }

    private static void place(int goal, Map<Integer, Integer> parentOf, boolean[] placed, List<Integer> order) {
        if (placed[goal]) {
            return;
        }
        placed[goal] = true;
        Integer parent = parentOf.get(goal);
        if (parent != null) {
            place(parent, parentOf, placed, order);
        }
        order.add(goal);
    }

    /** A goal rule's violation moved to the row and column of the file it is about. */
    static Violation located(Violation violation, GoalSheet.Goal goal) {
        String field = violation.field() == null ? "" : violation.field();
        int row = goal.row();
        Column column;
        if (field.startsWith("keyResults[")) {
            int close = field.indexOf(']');
            int index = Integer.parseInt(field.substring("keyResults[".length(), close));
            row = index < goal.keyResultRows().size() ? goal.keyResultRows().get(index) : row;
            column = keyResultColumn(field.substring(Math.min(field.length(), close + 2)));
        } else {
            column = ownColumn(field);
        }
        return new Violation(violation.code(), GoalSheet.field(row, column), violation.args(), violation.severity());
    }

    private static Column ownColumn(String field) {
        String head = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        return switch (head) {
            case "title", "description" -> Column.TITLE;
            case "level" -> Column.LEVEL;
            case "ownerKey", "owner" -> Column.OWNER;
            case "period" -> Column.PERIOD;
            case "unit" -> field.equals("unit.group") ? Column.GROUP : Column.PROJECT;
            case "weight", "weightPercent" -> Column.WEIGHT;
            case "keyResults" -> Column.KEY_RESULT;
            default -> Column.REF;
        };
    }

    private static Column keyResultColumn(String rest) {
        return switch (rest) {
            case "weight" -> Column.KEY_RESULT_WEIGHT;
            case "measure.kind" -> Column.KIND;
            case "measure.direction" -> Column.DIRECTION;
            case "measure.start" -> Column.START;
            case "measure.tiers.floor" -> Column.FLOOR;
            case "measure.tiers.target" -> Column.TARGET;
            case "measure.tiers.stretch" -> Column.STRETCH;
            case "measure.unit" -> Column.UNIT;
            default -> rest.startsWith("measure") ? Column.KIND : Column.KEY_RESULT;
        };
    }

    private static <T> Outcome<T> invalid(List<Violation> violations) {
        return Outcome.failure(Failure.INVALID, violations);
    }
}
