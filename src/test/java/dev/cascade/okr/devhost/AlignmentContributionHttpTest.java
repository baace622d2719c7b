package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.Test;

/**
 * {@code PUT /goals/{id}/alignments/{parentId}}: a new contribution is stored with a new version and changes the
 * parent's rolled-up progress in the cascade tree; a stale version answers 409 with the current alignment.
 */
public class AlignmentContributionHttpTest extends DevHostHttpTest {

    @Test
    public void shouldStoreTheContributionAndRollUpWithItWhenTheOwnerChangesIt() throws Exception {
        ObjectiveId parent = parent("Grow revenue");
        ObjectiveId sales = child("New customers", "bob", 0.5);
        ObjectiveId support = child("Happy customers", "zhang", 1.0);
        KeyResultsHttp.align(HOST, sales, parent, 60);
        KeyResultsHttp.align(HOST, support, parent, 40);
        assertEquals(0.7, fraction(parent), 1e-9);

        HttpResponse<String> changed = http.put(path(sales, parent), "bob", "{\"contribution\":20,\"version\":1}");

        assertEquals(changed.body(), 200, changed.statusCode());
        JsonNode body = JSON.readTree(changed.body());
        assertEquals(sales.value(), body.path("childId").asLong());
        assertEquals(parent.value(), body.path("parentId").asLong());
        assertEquals(0, body.path("contribution").decimalValue().compareTo(java.math.BigDecimal.valueOf(20)));
        assertEquals(2, body.path("version").asLong());
        // (20% × 0.5 + 40% × 1.0) / 60%
        assertEquals(50.0 / 60.0, fraction(parent), 1e-9);
    }

    @Test
    public void shouldAnswerConflictWithTheCurrentAlignmentAndChangeNothingWhenTheVersionIsStale() throws Exception {
        ObjectiveId parent = parent("Grow margin");
        ObjectiveId sales = child("Fewer discounts", "bob", 0.5);
        KeyResultsHttp.align(HOST, sales, parent, 60);
        assertEquals(200, http.put(path(sales, parent), "bob", "{\"contribution\":30.5,\"version\":1}")
                .statusCode());
        String before = HOST.dumpDatabase();

        HttpResponse<String> stale = http.put(path(sales, parent), "alice", "{\"contribution\":90,\"version\":1}");

        assertEquals(stale.body(), 409, stale.statusCode());
        JsonNode body = JSON.readTree(stale.body());
        assertEquals("version.stale", body.path("errors").path(0).path("code").asText());
        assertEquals("version", body.path("errors").path(0).path("field").asText());
        assertEquals(2, body.path("current").path("version").asLong());
        assertEquals(0, body.path("current").path("contribution").decimalValue()
                .compareTo(new java.math.BigDecimal("30.5")));
        assertEquals(before, HOST.dumpDatabase());
    }

    @Test
    public void shouldAnswerInChineseWhenZhangSendsAnInvalidContribution() throws Exception {
        ObjectiveId parent = parent("Grow revenue in Asia");
        ObjectiveId support = child("Faster answers", "zhang", 0.2);
        KeyResultsHttp.align(HOST, support, parent, 50);

        HttpResponse<String> refused = http.put(path(support, parent), "zhang",
                "{\"contribution\":101,\"version\":1}");

        assertEquals(refused.body(), 400, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body()).path("errors").path(0);
        assertEquals("alignment.contribution-invalid", error.path("code").asText());
        assertEquals("contribution", error.path("field").asText());
        assertTrue(error.path("message").asText(), error.path("message").asText().contains("\u8d21\u732e"));
    }

    private static ObjectiveId child(String title, String owner, double done) {
        return KeyResultsHttp.store(HOST, title, "department", owner, Visibility.EVERYONE, Period.year(2026), false,
                done);
    }

    /** A company goal without key results that rolls up from its children, so that they alone decide it. */
    static ObjectiveId parent(String title) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef("alice"),
                "company", Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.EVERYONE, true);
        return KeyResultsHttp.goals(HOST).insert(new GoalStore.NewObjective(fields, List.of()), "alice",
                KeyResultsHttp.NOW).objective().id();
    }

    private double fraction(ObjectiveId root) throws Exception {
        HttpResponse<String> tree = HOST.get(GOALS + "/" + root.value() + "/tree", "alice");
        assertEquals(tree.body(), 200, tree.statusCode());
        return JSON.readTree(tree.body()).path("progress").path("fraction").asDouble();
    }

    private static String path(ObjectiveId child, ObjectiveId parent) {
        return GOALS + "/" + child.value() + "/alignments/" + parent.value();
    }
}
