package dev.cascade.okr.devhost;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.NoDataReason;
import dev.cascade.okr.core.progress.Progress;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.DevProject;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.GoalTrees;
import dev.cascade.okr.service.ProgressHistoryService;
import dev.cascade.okr.service.ProgressService;
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
        boolean seeded = goals.find(GoalQuery.all().withLevel("company")).items().stream()
                .anyMatch(goal -> goal.objective().title().equals(COMPANY_TITLE));
        if (seeded) {
            return false;
        }
        ObjectiveId company = insert(goals, COMPANY_TITLE, "company", "alice", "CASC", List.of(), now);
        List<DevProject> projects = sample.projects().stream().filter(p -> !p.getKey().equals("BENCH")).toList();
        List<ObjectiveId> departments = new ArrayList<>();
        for (DevProject project : projects) {
            List<String> epics = sample.issuesOf(project).stream().filter(DevIssue::isEpic).map(DevIssue::getKey)
                    .toList();
            String owner = sample.browsers(project.getKey()).stream().filter(user -> !user.equals("alice"))
                    .findFirst().orElse("alice");
            ObjectiveId department = insert(goals, project.getName() + " delivers its 2026 roadmap", "department",
                    owner, project.getKey(), epics.subList(0, Math.min(3, epics.size())), now);
            goals.align(new Alignment(department, company, Weight.equalShares(projects.size())
                    .get(departments.size())), "alice", now);
            departments.add(department);
            for (int team = 0; team < 2 && 3 + 2 * team < epics.size(); team++) {
                ObjectiveId teamGoal = insert(goals, project.getName() + " team " + (team + 1) + " ships its epics",
                        "team", owner, project.getKey(),
                        epics.subList(3 + 2 * team, Math.min(epics.size(), 5 + 2 * team)), now);
                goals.align(new Alignment(teamGoal, department, Weight.ofPercent(50)), "alice", now);
            }
        }
        ProgressService progress = plugin.bean(ProgressService.class);
        progress.recomputeAll();
        List<dev.cascade.okr.core.model.KeyResultId> keyResults = goals.linkedKeyResults();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ProgressHistoryService history = plugin.bean(ProgressHistoryService.class);
        history.backfill(new java.util.HashSet<>(keyResults), today, now);
        history.snapshotAll(today, now);
        plugin.bean(GoalTrees.class).changed();
        return true;
    }

    private static ObjectiveId insert(GoalStore goals, String title, String level, String owner, String project,
            List<String> epics, Instant now) {
        List<NewKeyResult> keyResults = new ArrayList<>();
        List<Weight> weights = epics.isEmpty() ? List.of() : Weight.equalShares(epics.size());
        for (int i = 0; i < epics.size(); i++) {
            ProgressBasis basis = BASES[i % BASES.length];
            keyResults.add(new NewKeyResult(new KeyResultFields("Epic " + epics.get(i) + " done", weights.get(i),
                    IssueMeasure.of(basis, List.of(new WorkLink.Epic(epics.get(i)))), null),
                    new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        }
        StoredObjective stored = goals.insert(new NewObjective(new ObjectiveFields(title, null, new UserRef(owner),
                level, Period.year(2026), new OrgUnit.Project(project), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.EVERYONE, true), keyResults), owner, now);
        return stored.objective().id();
    }
}
