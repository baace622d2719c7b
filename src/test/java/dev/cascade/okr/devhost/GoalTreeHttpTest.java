package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.cache.CacheManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The cascade tree over HTTP: progress rolled up by core along alignments, goals the caller may not see left out
 * with everything below them.
 */
public class GoalTreeHttpTest extends DevHostHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectiveId company;
    private static ObjectiveId sales;
    private static ObjectiveId secret;

    @BeforeClass
    public static void storeCascade() {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        AlignmentStore alignments = HOST.server().plugin().bean(AlignmentStore.class);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        company = goals.insert(goal("Grow revenue", "company", "alice", Visibility.EVERYONE, true, null), "alice",
                now).objective().id();
        sales = goals.insert(goal("New customers", "department", "bob", Visibility.EVERYONE, false, 0.5), "bob",
                now).objective().id();
        secret = goals.insert(goal("Private plan", "team", "zhang", Visibility.PRIVATE, false, 1.0), "zhang",
                now).objective().id();
        ObjectiveId belowSecret = goals.insert(goal("Below the private plan", "individual", "bob",
                Visibility.EVERYONE, false, 0.0), "bob", now).objective().id();
        alignments.align(new Alignment(sales, company, Weight.ofPercent(60)), "alice", now);
        alignments.align(new Alignment(secret, company, Weight.ofPercent(40)), "alice", now);
        alignments.align(new Alignment(belowSecret, secret, Weight.ofPercent(100)), "alice", now);
    }

    @Test
    public void shouldRollUpChildrenAndHidePrivateSubtreeWhenMemberReadsTree() throws Exception {
        HttpResponse<String> response = HOST.get("/rest/cascade/1.0/goals/" + company.value() + "/tree", "bob");

        assertEquals(response.body(), 200, response.statusCode());
        JsonNode root = JSON.readTree(response.body());
        // 60% × 0.5 (sales) + 40% × 1.0 (the private plan: it counts, though bob cannot see it)
        assertEquals(0.7, root.get("progress").get("fraction").asDouble(), 1e-9);
        assertEquals(1, root.get("children").size());
        assertEquals(sales.value(), root.get("children").get(0).get("id").asLong());
    }

    @Test
    public void shouldShowWholeTreeWhenOwnerOfPrivateGoalReadsIt() throws Exception {
        JsonNode root = JSON.readTree(HOST.get("/rest/cascade/1.0/goals/" + company.value() + "/tree", "zhang")
                .body());

        assertEquals(2, root.get("children").size());
        JsonNode plan = root.get("children").get(1);
        assertEquals(secret.value(), plan.get("id").asLong());
        assertEquals(1, plan.get("children").size());
    }

    @Test
    public void shouldStopAtDepthButRollUpTheWholeCascadeWhenAsked() throws Exception {
        JsonNode root = JSON.readTree(HOST.get("/rest/cascade/1.0/goals/" + company.value() + "/tree?depth=0",
                "alice").body());

        assertEquals(0, root.get("children").size());
        // progress does not depend on how deep a caller looks: 60% × 0.5 + 40% × 1.0, as at full depth
        assertEquals(0.7, root.get("progress").get("fraction").asDouble(), 1e-9);
    }

    @Test
    public void shouldReadCascadeOnceAndReadAgainAfterAWriteWhenTreeIsCached() throws Exception {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        DevCacheManager caches = (DevCacheManager) HOST.server().plugin().bean(CacheManager.class);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        ObjectiveId root = goals.insert(goal("Cached root", "company", "alice", Visibility.EVERYONE, true, null),
                "alice", now).objective().id();
        ObjectiveId child = goals.insert(goal("Joins later", "department", "alice", Visibility.EVERYONE, false,
                1.0), "alice", now).objective().id();
        String path = "/rest/cascade/1.0/goals/" + root.value() + "/tree";
        long before = caches.loads("dev.cascade.okr.goal-trees");

        JsonNode first = JSON.readTree(HOST.get(path, "bob").body());
        JsonNode second = JSON.readTree(HOST.get(path, "alice").body());

        assertEquals(before + 1, caches.loads("dev.cascade.okr.goal-trees"));
        assertEquals(first, second);
        assertEquals(0, first.get("children").size());
        HttpResponse<String> aligned = HOST.postJson("/rest/cascade/1.0/goals/" + child.value() + "/alignments",
                "alice", "{\"parentId\":" + root.value() + ",\"contribution\":100}");
        assertEquals(aligned.body(), 201, aligned.statusCode());
        JsonNode third = JSON.readTree(HOST.get(path, "bob").body());
        assertEquals(before + 2, caches.loads("dev.cascade.okr.goal-trees"));
        assertEquals(1, third.get("children").size());
        assertEquals(child.value(), third.get("children").get(0).get("id").asLong());
    }

    @Test
    public void shouldShowACheckInAtOnceWithoutRollingTheCascadeUpAgain() throws Exception {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        AlignmentStore alignments = HOST.server().plugin().bean(AlignmentStore.class);
        DevCacheManager caches = (DevCacheManager) HOST.server().plugin().bean(CacheManager.class);
        Instant now = Instant.parse("2026-02-01T08:00:00Z");
        ObjectiveId root = goals.insert(goal("Checked-in root", "company", "alice", Visibility.EVERYONE, true, null),
                "alice", now).objective().id();
        GoalStore.StoredObjective child = goals.insert(goal("Checked-in milestone", "department", "alice",
                Visibility.EVERYONE, false, 0.0), "alice", now);
        alignments.align(new Alignment(child.id(), root, Weight.FULL), "alice", now);
        String path = "/rest/cascade/1.0/goals/" + root.value() + "/tree";
        JsonNode before = JSON.readTree(HOST.get(path, "alice").body());
        long loads = caches.loads("dev.cascade.okr.goal-trees");

        HttpResponse<String> checkIn = HOST.postJson("/rest/cascade/1.0/key-results/"
                + child.keyResults().get(0).id().value() + "/check-ins", "alice",
                "{\"value\":1,\"confidence\":7,\"date\":\"2026-02-15\"}");
        JsonNode after = JSON.readTree(HOST.get(path, "alice").body());

        assertEquals(checkIn.body(), 201, checkIn.statusCode());
        assertEquals(0.0, before.get("progress").get("fraction").asDouble(), 0);
        assertEquals(1.0, after.get("progress").get("fraction").asDouble(), 0);
        assertEquals(1.0, after.get("children").get(0).get("progress").get("fraction").asDouble(), 0);
        assertEquals("updated in place, not loaded again", loads, caches.loads("dev.cascade.okr.goal-trees"));
    }

    @Test
    public void shouldRefuseWithStatusAndCodeWhenRequestIsWrong() throws Exception {
        String path = "/rest/cascade/1.0/goals/" + company.value() + "/tree";
        assertEquals(401, HOST.get(path, null).statusCode());
        assertEquals(404, HOST.get("/rest/cascade/1.0/goals/" + secret.value() + "/tree", "bob").statusCode());
        assertEquals(404, HOST.get("/rest/cascade/1.0/goals/999999/tree", "alice").statusCode());
        HttpResponse<String> deep = HOST.get(path + "?depth=51", "alice");
        assertEquals(400, deep.statusCode());
        assertTrue(deep.body(), deep.body().contains("\"field\":\"depth\""));
        assertEquals(400, HOST.get(path + "?depth=abc", "alice").statusCode());
    }

    private static GoalStore.NewObjective goal(String title, String level, String owner, Visibility visibility,
            boolean rollsUp, Double milestoneDone) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef(owner), level,
                Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, visibility,
                rollsUp);
        List<GoalStore.NewKeyResult> keyResults = milestoneDone == null ? List.of()
                : List.of(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Milestone", Weight.FULL,
                        new MilestoneMeasure("Done"), null), new GoalStore.Measured(Progress.of(milestoneDone),
                        null)));
        return new GoalStore.NewObjective(fields, keyResults);
    }
}
