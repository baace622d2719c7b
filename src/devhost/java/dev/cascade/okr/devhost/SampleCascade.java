package dev.cascade.okr.devhost;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemStatus;
import dev.cascade.okr.core.plan.Raci;
import dev.cascade.okr.core.plan.RaciAssignment;
import dev.cascade.okr.core.plan.RaciRole;
import dev.cascade.okr.core.plan.Resources;
import dev.cascade.okr.core.plan.Risk;
import dev.cascade.okr.core.plan.RiskLevel;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.plan.TaskProgress;
import dev.cascade.okr.core.port.ActionPlanStore;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.DevProject;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev host's sample cascade for 2026, so that a person trying the app sees moving numbers and history: a company
 * goal, one department goal per sample project and two team goals under each, their key results following the
 * project's epics (share Done, story points and partial credit), measured from the sample issues through the plugin's
 * own recompute and back-filled from the issues' resolution dates.
 */
final class SampleCascade {

    /** The company goal's title; its presence means the cascade was seeded. */
    static final String COMPANY_TITLE = "Grow subscription revenue";

    private static final ProgressBasis[] BASES = {ProgressBasis.ISSUE_COUNT_DONE, ProgressBasis.STORY_POINTS_DONE,
        ProgressBasis.STATUS_WEIGHTED};

    private SampleCascade() {
    }

    /** Seeds the cascade once (nothing happens when the company goal exists); returns whether it seeded. */
    static boolean seed(PluginContext plugin, SampleJira sample, Instant now) {
        GoalStore goals = plugin.bean(GoalStore.class);
        GoalQueries queries = plugin.bean(GoalQueries.class);
        AlignmentStore alignments = plugin.bean(AlignmentStore.class);
        KeyResultStore keyResultStore = plugin.bean(KeyResultStore.class);
        boolean seeded = queries.find(GoalQuery.all().withLevel("company")).items().stream()
                .anyMatch(goal -> goal.objective().title().equals(COMPANY_TITLE));
        if (seeded) {
            return false;
        }
        List<DevProject> projects = sample.projects().stream().filter(p -> !p.getKey().equals("BENCH")).toList();
        ObjectiveId company = insert(goals, COMPANY_TITLE, "company", "alice", "CASC", List.of(), now,
                new GoalDetails(GoalCategory.STRATEGIC, projects.stream()
                        .map(p -> (OrgUnit) new OrgUnit.Project(p.getKey())).toList(), null, null),
                GoalType.RESULT, Visibility.EVERYONE);
        List<ObjectiveId> departments = new ArrayList<>();
        java.util.Map<String, ObjectiveId> departmentsByProject = new java.util.HashMap<>();
        for (DevProject project : projects) {
            List<String> epics = sample.issuesOf(project).stream().filter(DevIssue::isEpic).map(DevIssue::getKey)
                    .toList();
            String owner = sample.browsers(project.getKey()).stream().filter(user -> !user.equals("alice"))
                    .findFirst().orElse("alice");
            ObjectiveId department = insert(goals, project.getName() + " delivers its 2026 roadmap", "department",
                    owner, project.getKey(), epics.subList(0, Math.min(3, epics.size())), now);
            departmentsByProject.put(project.getKey(), department);
            alignments.align(new Alignment(department, company, Weight.equalShares(projects.size())
                    .get(departments.size())), "alice", now);
            departments.add(department);
            for (int team = 0; team < 2 && 3 + 2 * team < epics.size(); team++) {
                ObjectiveId teamGoal = insert(goals, project.getName() + " team " + (team + 1) + " ships its epics",
                        "team", owner, project.getKey(),
                        epics.subList(3 + 2 * team, Math.min(epics.size(), 5 + 2 * team)), now);
                alignments.align(new Alignment(teamGoal, department, Weight.ofPercent(50)), "alice", now);
            }
        }
        seedTableColumns(plugin, goals, company, departmentsByProject, now);
        ProgressService progress = plugin.bean(ProgressService.class);
        progress.recomputeAll();
        List<dev.cascade.okr.core.model.KeyResultId> keyResults = keyResultStore.linkedKeyResults();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ProgressHistoryService history = plugin.bean(ProgressHistoryService.class);
        history.backfill(new java.util.HashSet<>(keyResults), today, now);
        history.snapshotAll(today, now);
        // The one whole-cache clear outside plugin start and stop: the sample wrote every goal straight into the store.
        plugin.bean(GoalTrees.class).changed();
        return true;
    }

    /** The titles of the individual goals seeded for the individual goal table. */
    static final List<String> INDIVIDUAL_TITLES = List.of("Halve onboarding drop-off", "Learn the billing domain",
            "Keep monitoring alerts actionable");

    /**
     * Fills the seed tables' columns for a few goals (issue 10): the company goal's initiatives, roles of zhang and
     * carol, and their individual goals (members-only, with weights by type summing to 100, support needed, measured
     * key results), aligned to their department goals; a task with its percent complete and progress note.
     */
    private static void seedTableColumns(PluginContext plugin, GoalStore goals, ObjectiveId company,
            java.util.Map<String, ObjectiveId> departments, Instant now) {
        PeopleStore people = plugin.bean(PeopleStore.class);
        people.setRole(new UserRef("zhang"), 0, "\u9ad8\u7ea7\u5de5\u7a0b\u5e08");
        people.setRole(new UserRef("carol"), 0, "Operations engineer");
        ObjectiveId onboarding = insertMeasured(goals, INDIVIDUAL_TITLES.get(0), "zhang", "CASC",
                "Onboarding drop-off", 40, 20, "%", new GoalDetails(null, List.of(),
                        "Product analytics access; a designer one day a week", Weight.ofPercent(60)),
                GoalType.RESULT, now);
        ObjectiveId billing = insertMeasured(goals, INDIVIDUAL_TITLES.get(1), "zhang", "CASC",
                "Billing code reviews led", 0, 6, null, new GoalDetails(null, List.of(),
                        "Pairing with the billing team",
                        Weight.ofPercent(40)), GoalType.DEVELOPMENT, now);
        ObjectiveId alerts = insertMeasured(goals, INDIVIDUAL_TITLES.get(2), "carol", "OPS",
                "Alerts acted upon", 50, 90, "%", new GoalDetails(null, List.of(), null, Weight.ofPercent(100)),
                GoalType.PROCESS, now);
        AlignmentStore alignments = plugin.bean(AlignmentStore.class);
        if (departments.containsKey("CASC")) {
            alignments.align(new Alignment(onboarding, departments.get("CASC"), Weight.ofPercent(50)), "alice", now);
            alignments.align(new Alignment(billing, departments.get("CASC"), Weight.ZERO), "alice", now);
        }
        if (departments.containsKey("OPS")) {
            alignments.align(new Alignment(alerts, departments.get("OPS"), Weight.ofPercent(100)), "alice", now);
        }
        ActionPlanStore plans = plugin.bean(ActionPlanStore.class);
        Raci alice = new Raci(List.of(new RaciAssignment(new UserRef("alice"), RaciRole.ACCOUNTABLE),
                new RaciAssignment(new UserRef("bob"), RaciRole.RESPONSIBLE)));
        StoreWrite<ActionPlanStore.PlanChange> initiative = plans.createInitiative(new Initiative(
                ActionPlanStore.NEW_INITIATIVE, company, "Launch three new subscription plans", null,
                new UserRef("alice"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), Resources.NONE, alice,
                List.of(), null, PlanItemStatus.IN_PROGRESS, null));
        if (initiative instanceof StoreWrite.Written<ActionPlanStore.PlanChange> written) {
            plans.createTask(new Task(ActionPlanStore.NEW_TASK, (InitiativeId) written.value().item(),
                    "Price the team plan", null, new UserRef("bob"), LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 3, 31), Resources.NONE, alice, List.of(),
                    new Risk("Sales objects to the price", "Review with two key accounts first", RiskLevel.MEDIUM),
                    PlanItemStatus.IN_PROGRESS, null, new TaskProgress(60,
                            "Price points drafted; two customer interviews done", LocalDate.of(2026, 3, 2))));
        }
        plans.createInitiative(new Initiative(ActionPlanStore.NEW_INITIATIVE, company,
                "Better online conversion", null, new UserRef("alice"), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 15), Resources.NONE, alice, List.of(), null, PlanItemStatus.NOT_STARTED, null));
    }

    private static ObjectiveId insertMeasured(GoalStore goals, String title, String owner, String project,
            String keyResult, int start, int target, String unit, GoalDetails details, GoalType type, Instant now) {
        Direction direction = target >= start ? Direction.INCREASE : Direction.DECREASE;
        List<NewKeyResult> keyResults = List.of(new NewKeyResult(new KeyResultFields(keyResult, Weight.FULL,
                new MetricMeasure(direction, BigDecimal.valueOf(start), TargetTiers.of(BigDecimal.valueOf(target)),
                        unit), null), new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        return goals.insert(new NewObjective(new ObjectiveFields(title, null, new UserRef(owner), "individual",
                Period.year(2026), new OrgUnit.Project(project), type, Lifecycle.ACTIVE, Visibility.MEMBERS, false,
                details), keyResults), owner, now).objective().id();
    }

    private static ObjectiveId insert(GoalStore goals, String title, String level, String owner, String project,
            List<String> epics, Instant now) {
        return insert(goals, title, level, owner, project, epics, now, GoalDetails.NONE, GoalType.RESULT,
                Visibility.EVERYONE);
    }

    private static ObjectiveId insert(GoalStore goals, String title, String level, String owner, String project,
            List<String> epics, Instant now, GoalDetails details, GoalType type, Visibility visibility) {
        List<NewKeyResult> keyResults = new ArrayList<>();
        List<Weight> weights = epics.isEmpty() ? List.of() : Weight.equalShares(epics.size());
        for (int i = 0; i < epics.size(); i++) {
            ProgressBasis basis = BASES[i % BASES.length];
            keyResults.add(new NewKeyResult(new KeyResultFields("Epic " + epics.get(i) + " done", weights.get(i),
                    IssueMeasure.of(basis, List.of(new WorkLink.Epic(epics.get(i)))), null),
                    new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        }
        StoredObjective stored = goals.insert(new NewObjective(new ObjectiveFields(title, null, new UserRef(owner),
                level, Period.year(2026), new OrgUnit.Project(project), type, Lifecycle.ACTIVE,
                visibility, true, details), keyResults), owner, now);
        return stored.objective().id();
    }
}
