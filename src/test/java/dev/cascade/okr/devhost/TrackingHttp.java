package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the tracking HTTP tests share: PUT and other methods, goals stored directly, the year the goals cover. */
final class TrackingHttp {

    static final String API = "/rest/cascade/1.0";
    static final ObjectMapper JSON = new ObjectMapper();
    /** Last year: its quarters are over, so every date in it may carry a check-in. */
    static final int YEAR = LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
    static final String OWNER = "zhang";


    private TrackingHttp() {
    }

    /** A goal with its key results' ids. */
    record Goal(long id, List<Long> keyResults) {
        long kr(int index) {
            return keyResults.get(index);
        }
    }

    /**
     * A team goal of CASC for last year, visible to the project's members, owned by {@link #OWNER}, with a metric key
     * result (0 → 50 customers), a band key result and a second metric key result.
     */
    static Goal newGoal(DevHostFixture host) {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        ObjectiveFields fields = new ObjectiveFields("Win customers", "", new UserRef(OWNER), "team",
                Period.year(YEAR), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.MEMBERS, false);
        StoredObjective stored = goals.insert(new NewObjective(fields, List.of(
                keyResult("New customers", metric(50)),
                keyResult("Uptime band", new BandMeasure(BigDecimal.valueOf(99), BigDecimal.valueOf(100), "%")),
                keyResult("Revenue", metric(1000)))), OWNER, Instant.now());
        return new Goal(stored.id().value(), stored.keyResults().stream().map(k -> k.id().value()).toList());
    }

    private static MetricMeasure metric(int target) {
        return new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(BigDecimal.valueOf(target)),
                "customers");
    }

    private static NewKeyResult keyResult(String title, Measure measure) {
        return new NewKeyResult(new KeyResultFields(title, Weight.ofPercent(30), measure, null),
                new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), IssueCompletion.NONE));
    }

    static HttpResponse<String> send(DevHostFixture host, String method, String path, String user, String json)
            throws IOException, InterruptedException {
        return host.sendJson(method, path, user, json);
    }

    static HttpResponse<String> put(DevHostFixture host, String path, String user, String json)
            throws IOException, InterruptedException {
        return send(host, "PUT", path, user, json);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The plan body of PRODUCT.md's example: Q1 12 / Q2 15 / Q3 17 / Q4 10. */
    static String quarterPlan(long version) {
        return "{\"version\":" + version + ",\"granularity\":\"quarter\",\"values\":[12,15,17,10]}";
    }

    static String checkIn(int value, String date) {
        return "{\"value\":" + value + ",\"confidence\":7,\"progressNote\":\"signed two\",\"problems\":\"slow legal\","
                + "\"solutions\":\"template contract\",\"nextSteps\":\"call leads\",\"date\":\"" + date + "\"}";
    }
}
