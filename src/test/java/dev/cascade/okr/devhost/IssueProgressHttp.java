package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.service.kernel.ProgressService;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Paths and stored goals for the drill-down and issue-progress settings tests. */
final class IssueProgressHttp {

    static final String KEY_RESULTS = "/rest/cascade/1.0/key-results";
    static final String SETTINGS = "/rest/cascade/1.0/settings/issue-progress";
    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    /** Issues of CASC and OPS that are done: bob sees the CASC ones, carol the OPS ones, alice both. */
    static final String DONE_IN_CASC_AND_OPS = "project in (CASC, OPS) AND statusCategory = Done";

    private IssueProgressHttp() {
    }

    /**
     * Stores an active CASC goal owned by zhang with one issue-driven key result (issue count) over these links, and
     * recomputes it from the sample; the key result's id.
     */
    static KeyResultId keyResult(DevHostFixture host, Visibility visibility, WorkLink... links) {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields("Drill-down " + System.nanoTime(), null,
                new UserRef("zhang"), "team", Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT,
                Lifecycle.ACTIVE, visibility, true);
        List<GoalStore.NewKeyResult> keyResults = List.of(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields(
                "Issues done", Weight.FULL, IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(links)), null),
                new GoalStore.Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        KeyResultId id = goals.insert(new GoalStore.NewObjective(fields, keyResults), "zhang", NOW).keyResults()
                .get(0).id();
        host.server().plugin().bean(ProgressService.class).recompute(List.of(id));
        return id;
    }

    /** The stored computed progress of a key result. */
    static Progress stored(DevHostFixture host, KeyResultId id) {
        return host.server().plugin().bean(KeyResultStore.class).keyResult(id).orElseThrow().computedProgress();
    }

    /** The sub-tasks whose parent is one of these issues. */
    static List<DevIssue> subTasksOf(SampleJira sample, List<DevIssue> parents) {
        Set<Long> ids = new java.util.HashSet<>();
        parents.forEach(p -> ids.add(p.getId()));
        List<DevIssue> subTasks = new ArrayList<>();
        for (DevIssue issue : sample.issues()) {
            if (issue.isSubTask() && ids.contains(issue.getParentId())) {
                subTasks.add(issue);
            }
        }
        return subTasks;
    }

    /** How many of these issues are done. */
    static long done(List<DevIssue> issues) {
        return issues.stream().filter(i -> i.getStatus() == SampleJira.DONE).count();
    }

    /** Puts every story of a sample epic in To Do, so that a test starts from none done; the stories. */
    static List<DevIssue> storiesToDo(DevHostFixture host, String epic, Instant at) {
        SampleJira sample = host.server().sample();
        List<DevIssue> stories = sample.issuesOfEpics(Set.of(epic));
        for (DevIssue story : stories) {
            sample.setStatus(story.getKey(), SampleJira.TO_DO, at);
        }
        return stories;
    }

    /** Moves a story to Done through the stand-in issue endpoint, as bob; fails when the host refuses. */
    static void moveToDone(DevHostFixture host, DevIssue story) throws IOException, InterruptedException {
        HttpResponse<String> moved = host.postJson("/dev/issues/" + story.getKey(), "bob", "{\"status\":\"Done\"}");
        assertEquals(moved.body(), 200, moved.statusCode());
    }

    /** Reads the JSON at the path as bob until its progress is the fraction (at most 10 seconds); the last reading. */
    static JsonNode awaitFraction(DevHostFixture host, String path, double fraction)
            throws IOException, InterruptedException {
        return host.awaitJson(path, "bob", json -> Math.abs(json.path("progress").path("fraction").asDouble()
                - fraction) < 1e-9);
    }
}
