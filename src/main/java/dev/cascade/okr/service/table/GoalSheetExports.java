package dev.cascade.okr.service.table;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.table.GoalSheet.Column;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The goals a caller may see, written in the {@link GoalSheet} layout (issue 15), so that the file imports back: the
 * same goals as {@code GET /goals?period=&project=}, each under the goal of the file it aligns to (its first parent
 * among them), parents first and otherwise oldest first; each goal gets the reference {@code G1}, {@code G2}, ... in
 * that order, so export, import and export again give the same file. At most {@value GoalSheet#MAX_ROWS} goals.
 */
@JiraComponent
public final class GoalSheetExports {

    private static final int PAGE = 100;

    private final GoalService goals;
    private final AlignmentStore alignments;

    /** Creates the service. */
    @Inject
    public GoalSheetExports(GoalService goals, AlignmentStore alignments) {
        this.goals = goals;
        this.alignments = alignments;
    }

    /** The goals of the sheet, in order, with the parent each is written under; or the failure of the goal search. */
    public Outcome<Sheet> open(Caller caller, String period, String project) {
        List<StoredObjective> found = new ArrayList<>();
        int offset = 0;
        while (true) {
            Outcome<Page<StoredObjective>> page = goals.find(caller, new GoalFilter(period, null, project, null,
                    null, offset, PAGE));
            if (!page.isSuccess()) {
                return page.failed();
            }
            found.addAll(page.value().items());
            if (page.value().total() > GoalSheet.MAX_ROWS) {
                return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.EXPORT_TOO_LARGE, "project",
                        String.valueOf(page.value().total()), String.valueOf(GoalSheet.MAX_ROWS)));
            }
            offset += PAGE;
            if (offset >= page.value().total()) {
                break;
            }
        }
        return Outcome.success(new Sheet(found, parents(found)));
    }

    /** Each goal's first parent (lowest id) among {@code found}. */
    private Map<ObjectiveId, Alignment> parents(List<StoredObjective> found) {
        Map<ObjectiveId, StoredObjective> byId = new LinkedHashMap<>();
        found.forEach(goal -> byId.put(goal.objective().id(), goal));
        Map<ObjectiveId, Alignment> parents = new HashMap<>();
        if (byId.isEmpty()) {
            return parents;
        }
        for (Versioned<Alignment> around : alignments.alignmentsAround(byId.keySet())) {
            Alignment a = around.value();
            if (byId.containsKey(a.child()) && byId.containsKey(a.parent())) {
                parents.merge(a.child(), a, (x, y) -> x.parent().value() <= y.parent().value() ? x : y);
            }
        }
        return parents;
    }

    /** The goals of an export and their parents in it. */
    public static final class Sheet {
        private final List<StoredObjective> ordered = new ArrayList<>();
        private final Map<ObjectiveId, Alignment> parents;
        private final Map<ObjectiveId, String> refs = new HashMap<>();

        Sheet(List<StoredObjective> found, Map<ObjectiveId, Alignment> parents) {
            this.parents = parents;
            Map<ObjectiveId, List<StoredObjective>> children = new TreeMap<>(
                    (a, b) -> Long.compare(a.value(), b.value()));
            List<StoredObjective> roots = new ArrayList<>();
            List<StoredObjective> byId = new ArrayList<>(found);
            byId.sort((a, b) -> Long.compare(a.objective().id().value(), b.objective().id().value()));
            for (StoredObjective goal : byId) {
                Alignment up = parents.get(goal.objective().id());
                if (up == null) {
                    roots.add(goal);
                } else {
                    children.computeIfAbsent(up.parent(), id -> new ArrayList<>()).add(goal);
                }
            }
            roots.forEach(root -> visit(root, children));
            // Goals on a cycle of alignments among themselves have no root; they follow, oldest first.
            byId.stream().filter(goal -> !refs.containsKey(goal.objective().id())).forEach(goal -> visit(goal,
                    children));
        }

        private void visit(StoredObjective goal, Map<ObjectiveId, List<StoredObjective>> children) {
            if (refs.containsKey(goal.objective().id())) {
                return;
            }
            ordered.add(goal);
            refs.put(goal.objective().id(), "G" + ordered.size());
            children.getOrDefault(goal.objective().id(), List.of()).forEach(child -> visit(child, children));
        }

        /** How many goals the sheet holds. */
        public int size() {
            return ordered.size();
        }

        /** Writes the header ({@code labels}) and every goal's rows. */
        public void writeTo(SheetWriter out, Function<Column, String> labels) throws IOException {
            for (Column column : Column.values()) {
                out.text(labels.apply(column));
            }
            out.endRow();
            for (StoredObjective goal : ordered) {
                List<StoredKeyResult> keyResults = goal.keyResults();
                for (int i = 0; i < Math.max(1, keyResults.size()); i++) {
                    writeGoal(out, goal.objective(), i == 0);
                    if (i < keyResults.size()) {
                        writeKeyResult(out, keyResults.get(i).keyResult());
                    }
                    out.endRow();
                }
            }
        }

        private void writeGoal(SheetWriter out, Objective goal, boolean own) throws IOException {
            out.text(refs.get(goal.id()));
            if (!own) {
                for (int i = 0; i < Column.OWN.size(); i++) {
                    out.empty();
                }
                return;
            }
            Alignment up = parents.get(goal.id());
            text(out, up == null ? null : refs.get(up.parent()));
            if (up == null) {
                out.empty();
            } else {
                out.percent(up.contribution().percent());
            }
            out.text(goal.levelKey());
            out.text(goal.title());
            out.text(goal.owner().key());
            text(out, goal.unit() instanceof OrgUnit.Project project ? project.key() : null);
            text(out, goal.unit() instanceof OrgUnit.Group group ? group.name() : null);
            out.text(period(goal.period()));
            if (goal.details().weight() == null) {
                out.empty();
            } else {
                out.percent(goal.details().weight().percent());
            }
        }

        private static void writeKeyResult(SheetWriter out, KeyResult keyResult) throws IOException {
            out.text(keyResult.title());
            out.percent(keyResult.weight().percent());
            Measure measure = keyResult.measure();
            out.text(WireCode.of(measure.kind()));
            if (measure instanceof MetricMeasure metric) {
                out.text(WireCode.of(metric.direction()));
                out.number(metric.start());
                number(out, metric.tiers().floor());
                number(out, metric.tiers().target());
                number(out, metric.tiers().stretch());
                text(out, metric.unit());
            } else if (measure instanceof BandMeasure band) {
                for (int i = 0; i < 5; i++) {
                    out.empty();
                }
                text(out, band.unit());
            }
        }

        private static String period(Period period) {
            return PeriodText.shortcut(period).orElse(period.start() + "/" + period.end());
        }

        private static void text(SheetWriter out, String text) throws IOException {
            if (text == null || text.isEmpty()) {
                out.empty();
            } else {
                out.text(text);
            }
        }

        private static void number(SheetWriter out, BigDecimal number) throws IOException {
            if (number == null) {
                out.empty();
            } else {
                out.number(number);
            }
        }
    }
}
