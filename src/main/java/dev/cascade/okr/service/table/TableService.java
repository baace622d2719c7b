package dev.cascade.okr.service.table;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingRow;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.AppraisalService;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.plan.ActionPlanService;
import dev.cascade.okr.service.table.Table.Cell;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.service.table.Table.Row;
import dev.cascade.okr.service.tracking.TrackingService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed tables (PRODUCT.md "The five tables users know" and the quarterly review, plus the task tracking table),
 * one read each, for a period and optionally one project: the rows the UI, the Confluence macros and the spreadsheet
 * export all show. A read-model room over the other rooms (see {@code docs/decisions/0007}): it takes the goals from
 * {@link GoalService#find} (the same call, filters, paging and {@code AccessPolicy} as {@code GET /goals}), tracking
 * rows and quarterly reviews from {@link TrackingService}, appraisals from {@link AppraisalService} (only where the
 * caller may see the appraised person's appraisal data) and action plans from {@link ActionPlanService}. Every
 * figure is one those services computed with core; nothing is computed here but the arrangement into columns.
 *
 * <p>Bounded: a page holds at most {@value dev.cascade.okr.core.port.GoalQuery#MAX_LIMIT} goals ({@code limit},
 * default {@value GoalService#DEFAULT_LIMIT}); the per-key-result tables hold one row per key result of those goals.
 * The answer says how many goals match in all ({@code total}), so a reader pages with {@code offset}.
 */
@JiraComponent
public final class TableService {

    /** The most goals of a period the appraisal table reads to find the appraised ones. */
    static final int MAX_APPRAISAL_SCAN = 5_000;

    private final GoalService goalService;
    private final TrackingService tracking;
    private final AppraisalService appraisals;
    private final ActionPlanService plans;
    private final AlignmentStore alignments;
    private final TrackingStore trackingStore;
    private final PeopleStore people;
    private final SettingsStore settings;
    private final WorkCatalog catalog;
    private final GoalAccess goalAccess;

    /** Creates the service. */
    @Inject
    public TableService(GoalService goalService, TrackingService tracking, AppraisalService appraisals,
            ActionPlanService plans, AlignmentStore alignments, TrackingStore trackingStore, PeopleStore people,
            SettingsStore settings, WorkCatalog catalog, GoalAccess goalAccess) {
        this.goalService = goalService;
        this.tracking = tracking;
        this.appraisals = appraisals;
        this.plans = plans;
        this.alignments = alignments;
        this.trackingStore = trackingStore;
        this.people = people;
        this.settings = settings;
        this.catalog = catalog;
        this.goalAccess = goalAccess;
    }

    /**
     * What to read: texts as the caller typed them.
     *
     * @param table the table's name, e.g. {@code company-goals}
     * @param period required: {@code 2026}, {@code 2026-H1}, {@code 2026-Q1} or {@code 2026-03}; goals whose period
     *     overlaps it (the tracking record reads this period's figures, the quarterly review its quarters)
     * @param project optional: only goals of this project (department)
     * @param offset how many matching goals to skip; {@code null} means 0
     * @param limit how many goals a page holds, 1 to 100; {@code null} means 25
     */
    public record TableRequest(String table, String period, String project, Integer offset, Integer limit) {
    }

    /**
     * One page of the table: 401 when nobody is signed in; 404 {@code table.unknown} for a name that is no table;
     * 400 {@code period.invalid} at {@code period} (missing or unreadable), {@code project.unknown} at
     * {@code project} (no such project, or one the caller may not browse: the same answer), {@code paging.invalid}
     * at {@code offset} or {@code limit}, or what the tracking service answers for a period it cannot track.
     */
    public Outcome<Table> table(Caller caller, TableRequest request) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        Optional<Kind> kind = Kind.ofCode(request.table());
        if (kind.isEmpty()) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.TABLE_UNKNOWN, "table",
                    Inputs.shorten(String.valueOf(request.table())),
                    Arrays.stream(Kind.values()).map(Kind::code).collect(Collectors.joining(", "))));
        }
        List<Violation> badPeriod = new ArrayList<>();
        Optional<Period> period = PeriodText.parse(request.period(), "period", badPeriod);
        if (period.isEmpty()) {
            return Outcome.failure(Failure.INVALID, badPeriod);
        }
        AccessFacts facts = goalAccess.users().factsOf(user.get());
        String project = request.project() == null || request.project().isBlank() ? null : request.project().trim();
        if (project != null && (project.length() > 255 || !catalog.projectExists(project)
                || !facts.canBrowseProject(project))) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PROJECT_UNKNOWN, "project",
                    Inputs.shorten(project)));
        }
        LevelScheme levels = settings.levelScheme().value();
        String level = switch (kind.get()) {
            case COMPANY_GOALS -> levels.levels().get(0).key();
            case DEPARTMENT_GOALS -> levels.levels().get(Math.min(1, levels.levels().size() - 1)).key();
            case INDIVIDUAL_GOALS -> levels.levels().get(levels.levels().size() - 1).key();
            default -> null;
        };
        Outcome<Page<StoredObjective>> found = goalService.find(caller, new GoalFilter(request.period(),
                level, project, null, null, request.offset(), request.limit()));
        if (!found.isSuccess()) {
            return found.failed();
        }
        Page<StoredObjective> page = found.value();
        if (kind.get() == Kind.APPRAISAL) {
            return appraisedGoals(caller, new GoalFilter(request.period(), level, project, null, null, null, null),
                    page.offset(), page.limit());
        }
        Outcome<List<Row>> rows = switch (kind.get()) {
            case COMPANY_GOALS -> Outcome.success(companyGoals(caller, page.items()));
            case DEPARTMENT_GOALS -> Outcome.success(departmentGoals(facts, page.items()));
            case INDIVIDUAL_GOALS -> Outcome.success(individualGoals(facts, page.items()));
            case TRACKING_RECORD -> trackingRecord(caller, page.items(), request.period());
            case APPRAISAL -> Outcome.success(appraisal(caller, page.items()));
            case QUARTERLY_REVIEW -> quarterlyReview(caller, page.items(), period.get());
            case TASK_TRACKING -> Outcome.success(taskTracking(caller, page.items()));
        };
        if (!rows.isSuccess()) {
            return rows.failed();
        }
        return Outcome.success(new Table(kind.get(), kind.get().columns(), rows.value(), page.offset(),
                page.limit(), page.total()));
    }

    // ---- the tables -----------------------------------------------------------------------------------------

    private List<Row> companyGoals(Caller caller, List<StoredObjective> page) {
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            Outcome<dev.cascade.okr.core.port.ActionPlanStore.StoredPlan> plan = plans.plan(caller, goal.id());
            List<Cell> initiatives = !plan.isSuccess() ? List.of() : plan.value().plan().initiatives().stream()
                    .map(i -> (Cell) new Table.Text(i.title())).toList();
            rows.add(row(goal, null, null, Kind.COMPANY_GOALS,
                    goal.details().categoryIfAny().<Cell>map(c -> label(c.messageKey())).orElse(new Table.Empty()),
                    new Table.Text(goal.title()), targets(goal),
                    new Table.Many(goal.details().departments().stream().map(TableService::unit).toList()),
                    new Table.Day(goal.period().end()), new Table.Many(initiatives)));
        }
        return rows;
    }

    private List<Row> departmentGoals(AccessFacts facts, List<StoredObjective> page) {
        Map<ObjectiveId, List<Cell>> parents = parentTitles(facts, page);
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            rows.add(row(goal, null, null, Kind.DEPARTMENT_GOALS, unit(goal.unit()),
                    new Table.Many(parents.getOrDefault(goal.id(), List.of())), new Table.Text(goal.title()),
                    targets(goal), new Table.Person(goal.owner().key()), new Table.Day(goal.period().end()),
                    measures(goal)));
        }
        return rows;
    }

    private List<Row> individualGoals(AccessFacts facts, List<StoredObjective> page) {
        Map<ObjectiveId, List<Cell>> parents = parentTitles(facts, page);
        Map<UserRef, String> roles = people.roles(page.stream().map(g -> g.objective().owner()).toList());
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            rows.add(row(goal, null, null, Kind.INDIVIDUAL_GOALS, new Table.Person(goal.owner().key()),
                    unit(goal.unit()), Table.text(roles.get(goal.owner())),
                    new Table.Many(parents.getOrDefault(goal.id(), List.of())), new Table.Text(goal.title()),
                    targets(goal), new Table.Day(goal.period().end()), measures(goal),
                    Table.text(goal.details().supportNeeded()),
                    Table.number(goal.weight().map(w -> w.percent()).orElse(null)), label(goal.type().messageKey())));
        }
        return rows;
    }

    private Outcome<List<Row>> trackingRecord(Caller caller, List<StoredObjective> page, String period) {
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Outcome<TrackingService.TrackingTable> table = tracking.trackingTable(caller, stored.id(), period);
            if (!table.isSuccess()) {
                return table.failed();
            }
            Objective goal = stored.objective();
            for (TrackingService.TrackingLine line : table.value().lines()) {
                Optional<TrackingRow> row = line.row();
                Optional<Deviation> deviation = row.map(TrackingRow::deviation).filter(Deviation::isDefined);
                rows.add(row(goal, line.keyResult().id().value(), null, Kind.TRACKING_RECORD,
                        deviation.isPresent() ? row.map(TrackingRow::status) : Optional.empty(),
                        new Table.Person(row.map(TrackingRow::who).orElse(goal.owner()).key()),
                        new Table.Text(line.keyResult().keyResult().title()),
                        Table.number(row.map(TrackingRow::planned).orElse(null)),
                        Table.number(line.actual().orElse(null)),
                        Table.number(deviation.map(Deviation::percentForDisplay).orElse(null)),
                        Table.text(row.map(TrackingRow::cause).filter(t -> !t.isEmpty()).orElse(null)),
                        Table.text(row.map(TrackingRow::adjustment).filter(t -> !t.isEmpty()).orElse(null)),
                        new Table.Person(row.map(TrackingRow::owner).orElse(goal.owner()).key()),
                        row.flatMap(TrackingRow::updatedOn).<Cell>map(Table.Day::new).orElse(new Table.Empty())));
            }
        }
        return Outcome.success(rows);
    }

    /**
     * The appraisal table pages over the goals that have an appraisal the caller may see, not over all goals: a page of
     * goals holds few appraised ones early in the appraisal round, so paging over all goals would show empty pages
     * while appraisals wait on later ones. The period's goals are read {@value GoalQuery#MAX_LIMIT} at a time, at most
     * {@value #MAX_APPRAISAL_SCAN} of them (the rest are not listed; an organisation appraises per project).
     */
    private Outcome<Table> appraisedGoals(Caller caller, GoalFilter all, int offset, int limit) {
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < MAX_APPRAISAL_SCAN; from += GoalQuery.MAX_LIMIT) {
            Outcome<Page<StoredObjective>> found = goalService.find(caller, new GoalFilter(all.period(), all.level(),
                    all.project(), null, null, from, GoalQuery.MAX_LIMIT));
            if (!found.isSuccess()) {
                return found.failed();
            }
            rows.addAll(appraisal(caller, found.value().items()));
            if (from + GoalQuery.MAX_LIMIT >= found.value().total()) {
                break;
            }
        }
        List<Row> shown = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        return Outcome.success(new Table(Kind.APPRAISAL, Kind.APPRAISAL.columns(), List.copyOf(shown), offset, limit,
                rows.size()));
    }

    private List<Row> appraisal(Caller caller, List<StoredObjective> page) {
        Map<UserRef, List<StoredAppraisal>> byOwner = new HashMap<>();
        for (UserRef owner : new LinkedHashSet<>(page.stream().map(g -> g.objective().owner()).toList())) {
            // The appraisal service decides whose appraisal data the caller may see; a refusal leaves the rows out.
            Outcome<List<StoredAppraisal>> found = appraisals.appraisalsOf(caller, owner.key());
            byOwner.put(owner, found.isSuccess() ? found.value() : List.of());
        }
        Set<KeyResultId> keyResults = new HashSet<>();
        page.forEach(g -> g.keyResults().forEach(k -> keyResults.add(k.id())));
        Map<KeyResultId, CheckInLog> logs = keyResults.isEmpty() ? Map.of() : trackingStore.logs(keyResults);
        TrackingPolicy policy = new TrackingPolicy(settings.trackingThresholds().value());
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            Optional<StoredAppraisal> appraisal = byOwner.get(goal.owner()).stream()
                    .filter(a -> a.objective().equals(goal.id()) && a.period().equals(goal.period())).findFirst();
            if (appraisal.isEmpty()) {
                continue;
            }
            AppraisalWorkflow workflow = appraisal.get().workflow();
            Optional<Composite> composite = workflow.composite();
            // Once a manager has assessed, target and actual are the evidence the achievement rate was derived from
            // (so the row's rate is its own target and actual); before that, the figures as they stand today.
            Optional<GoalAchievement> evidence = workflow.managerAssessment().map(m -> m.achievement());
            Cell targets = evidence.<Cell>map(TableService::assessedTargets).orElseGet(() -> targets(goal));
            Cell actuals = evidence.<Cell>map(TableService::assessedActuals).orElseGet(() -> new Table.Many(
                    stored.keyResults().stream().map(k -> actual(k, logs.get(k.id()))).toList()));
            Row row = row(goal, null, appraisal.get().id(), Kind.APPRAISAL,
                    composite.flatMap(Composite::achievementRate).map(policy::statusOfAchievement),
                    new Table.Person(workflow.appraisee().key()), new Table.Text(goal.title()), targets,
                    actuals,
                    Table.number(composite.flatMap(Composite::achievementRate).map(Rates::percentForDisplay)
                            .orElse(null)),
                    Table.number(composite.filter(c -> c.processScore().isPresent())
                            .map(c -> BigDecimal.valueOf(c.processScore().getAsInt())).orElse(null)),
                    Table.number(composite.filter(Composite::isComplete).map(Composite::score).orElse(null)),
                    composite.filter(Composite::isComplete).<Cell>map(c -> label(c.grade().i18nKey()))
                            .orElse(new Table.Empty()),
                    Table.text(workflow.managerAssessment().map(m -> m.suggestion()).filter(t -> !t.isEmpty())
                            .orElse(null)));
            rows.add(composite.filter(Composite::isComplete).map(c -> new Row(row.goalId(), row.keyResultId(),
                    row.itemId(), row.cells(), row.status(), Map.of("composite", c.explanation()))).orElse(row));
        }
        return rows;
    }

    private Outcome<List<Row>> quarterlyReview(Caller caller, List<StoredObjective> page, Period period) {
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            for (Period quarter : period.quarters()) {
                if (quarter.kind() != PeriodKind.QUARTER || !goal.period().contains(quarter.start())) {
                    continue;
                }
                String text = quarter.start().getYear() + "-Q" + ((quarter.start().getMonthValue() + 2) / 3);
                Outcome<TrackingService.Review> review = tracking.review(caller, goal.id(), text);
                if (!review.isSuccess()) {
                    return review.failed();
                }
                ReviewNotes notes = review.value().notes();
                for (TrackingService.ReviewLine line : review.value().rows()) {
                    QuarterlyReviewRow r = line.row();
                    Optional<Deviation> deviation = Optional.of(r.deviation()).filter(Deviation::isDefined);
                    rows.add(row(goal, line.keyResult().id().value(), null, Kind.QUARTERLY_REVIEW,
                            deviation.isPresent() ? Optional.of(line.status()) : Optional.empty(),
                            new Table.Text(text), unit(r.orgUnit()),
                            new Table.Text(goal.title() + " \u2014 " + line.keyResult().keyResult().title()),
                            new Table.Number(r.quarterTarget()), Table.number(r.actual().orElse(null)),
                            Table.number(deviation.map(Deviation::percentForDisplay).orElse(null)),
                            Table.text(blankToNull(notes.subjectiveCauses())),
                            Table.text(blankToNull(notes.objectiveCauses())),
                            Table.text(blankToNull(notes.improvement())),
                            Table.text(blankToNull(notes.nextQuarterAdjustment()))));
                }
            }
        }
        return Outcome.success(rows);
    }

    private List<Row> taskTracking(Caller caller, List<StoredObjective> page) {
        List<Row> rows = new ArrayList<>();
        for (StoredObjective stored : page) {
            Objective goal = stored.objective();
            Outcome<dev.cascade.okr.core.port.ActionPlanStore.StoredPlan> plan = plans.plan(caller, goal.id());
            if (!plan.isSuccess()) {
                continue;
            }
            for (Initiative initiative : plan.value().plan().initiatives()) {
                for (Task task : plan.value().plan().tasksOf(initiative.id())) {
                    rows.add(row(goal, null, task.id().value(), Kind.TASK_TRACKING, new Table.Text(task.title()),
                            new Table.Text(goal.title()), new Table.Person(task.owner().key()),
                            new Table.Day(task.start()), new Table.Day(task.due()),
                            Table.text(task.progress().note()),
                            Table.number(task.progress().percent().map(BigDecimal::valueOf).orElse(null)),
                            Table.text(task.risk() == null ? null : task.risk().description()),
                            Table.text(task.risk() == null ? null : task.risk().contingency()),
                            task.progress().updatedOn() == null ? new Table.Empty()
                                    : new Table.Day(task.progress().updatedOn())));
                }
            }
        }
        return rows;
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    /** A row of {@code kind} with the cells in column order. */
    private static Row row(Objective goal, Long keyResultId, Long itemId, Kind kind, Cell... cells) {
        return row(goal, keyResultId, itemId, kind, Optional.empty(), cells);
    }

    /** A row of {@code kind} whose judged figure has {@code status}, with the cells in column order. */
    private static Row row(Objective goal, Long keyResultId, Long itemId, Kind kind,
            Optional<TrackingStatus> status, Cell... cells) {
        List<String> keys = kind.columnKeys();
        if (cells.length != keys.size()) {
            throw new IllegalStateException(kind + " has " + keys.size() + " columns, not " + cells.length);
        }
        Map<String, Cell> byKey = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byKey.put(keys.get(i), cells[i]);
        }
        return new Row(goal.id().value(), keyResultId, itemId, byKey, status);
    }

    /**
     * The titles of the goals this page's goals are aligned to, as far as the caller may see them (a parent the
     * caller may not see is left out, as the cascade leaves it out); alignments read in one batch.
     */
    private Map<ObjectiveId, List<Cell>> parentTitles(AccessFacts facts, List<StoredObjective> page) {
        Set<ObjectiveId> ids = new LinkedHashSet<>(page.stream().map(StoredObjective::id).toList());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ObjectiveId, List<ObjectiveId>> parentsOf = new HashMap<>();
        for (Versioned<Alignment> alignment : alignments.alignmentsAround(ids)) {
            if (ids.contains(alignment.value().child())) {
                parentsOf.computeIfAbsent(alignment.value().child(), k -> new ArrayList<>())
                        .add(alignment.value().parent());
            }
        }
        Map<ObjectiveId, String> titles = new HashMap<>();
        Set<ObjectiveId> parents = new HashSet<>();
        parentsOf.values().forEach(parents::addAll);
        for (ObjectiveId parent : parents) {
            goalAccess.visible(facts, parent).ifPresent(g -> titles.put(parent, g.objective().title()));
        }
        Map<ObjectiveId, List<Cell>> cells = new HashMap<>();
        parentsOf.forEach((child, list) -> cells.put(child, list.stream().filter(titles::containsKey)
                .map(p -> (Cell) new Table.Text(titles.get(p))).toList()));
        return cells;
    }

    /** The targets of the goal's key results, in order. */
    private static Cell targets(Objective goal) {
        return new Table.Many(goal.keyResults().stream().map(k -> target(k.measure())).toList());
    }

    /** The targets the assessment's achievement rate was derived from, one per key result in order. */
    private static Cell assessedTargets(GoalAchievement achievement) {
        return new Table.Many(achievement.keyResults().stream().map(k -> k.targetValue().<Cell>map(Table.Number::new)
                .orElseGet(() -> k.bandLowValue().isPresent() && k.bandHighValue().isPresent()
                        ? new Table.Text(k.bandLow().toPlainString() + "\u2013" + k.bandHigh().toPlainString())
                        : new Table.Empty())).toList());
    }

    /** The actuals the assessment's achievement rate was derived from, one per key result in order. */
    private static Cell assessedActuals(GoalAchievement achievement) {
        return new Table.Many(achievement.keyResults().stream()
                .map(k -> k.actualValue().<Cell>map(Table.Number::new).orElse(new Table.Empty())).toList());
    }

    /** What the goal's key results measure (their titles), in order. */
    private static Cell measures(Objective goal) {
        return new Table.Many(goal.keyResults().stream().map(k -> (Cell) new Table.Text(k.title())).toList());
    }

    /** A key result's target as stated: a number with its unit, a band, "done" for a milestone or all issues. */
    static Cell target(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return new Table.Text(withUnit(metric.target().toPlainString(), metric.unit()));
        }
        if (measure instanceof BandMeasure band) {
            return new Table.Text(withUnit(band.low().toPlainString() + "\u2013" + band.high().toPlainString(),
                    band.unit()));
        }
        if (measure instanceof IssueMeasure issues && issues.target() != null && issues.tiers() != null) {
            return new Table.Text(issues.target().toPlainString());
        }
        if (measure instanceof IssueMeasure) {
            return label("cascade.table.target.issues");
        }
        return label("cascade.table.target.milestone");
    }

    /**
     * A key result's actual for the appraisal table: the latest value checked in, or for an issue-driven key result
     * the issues done of those counted, as last measured; empty when nothing was reported.
     */
    private static Cell actual(StoredKeyResult keyResult, CheckInLog log) {
        KeyResult k = keyResult.keyResult();
        if (k.measure() instanceof IssueMeasure) {
            return k.issueEvidence().<Cell>map(e -> label("cascade.table.actual.issues", String.valueOf(e.done()),
                    String.valueOf(e.total()))).orElse(new Table.Empty());
        }
        return log == null ? new Table.Empty() : log.latestValue().<Cell>map(Table.Number::new)
                .orElse(new Table.Empty());
    }

    private static String withUnit(String number, String unit) {
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    private static Cell unit(OrgUnit unit) {
        return new Table.Text(unit instanceof OrgUnit.Project p ? p.key() : ((OrgUnit.Group) unit).name());
    }

    private static Cell label(String key, String... args) {
        return new Table.Label(key, List.of(args));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
