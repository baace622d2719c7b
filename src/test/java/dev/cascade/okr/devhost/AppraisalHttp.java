package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
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
import dev.cascade.okr.core.port.PeopleStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the appraisal HTTP tests share: PUT (through the fixture), goals inserted straight into the store
 * (the goals API is built elsewhere), managers recorded straight into the people store, and JSON reading.
 *
 * <p>The cast: {@code bob} is the person appraised and owns the goal; {@code zhang} is his manager (the dev host has
 * five users, so the project member of the matrix and the person appraised are both bob).
 */
final class AppraisalHttp {

    static final String BASE = "/rest/cascade/1.0";
    static final ObjectMapper JSON = new ObjectMapper();

    private AppraisalHttp() {
    }

    /** PUT a JSON body as a user ({@code null} for anonymous). */
    static HttpResponse<String> putJson(DevHostFixture host, String path, String user, String json)
            throws IOException, InterruptedException {
        return host.putJson(path, user, json);
    }

    /** Stores a year goal of the CASC project owned by {@code owner}; its id. */
    static long insertGoal(DevHostFixture host, String owner, String title) {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        ObjectiveFields fields = new ObjectiveFields(title, null, new UserRef(owner), "individual",
                Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.MEMBERS, false);
        return goals.insert(new NewObjective(fields, List.of()), owner, Instant.now()).objective().id().value();
    }

    /**
     * Stores an active goal of the CASC project owned by {@code owner} in {@code period} at {@code level}, with key
     * results counting up from 0, each given as {@code "title:weight:target"}; its id.
     */
    static long insertMeasuredGoal(DevHostFixture host, String owner, String title, Period period, String level,
            String... keyResults) {
        return insertMeasuredGoal(host, owner, title, period, level, GoalType.RESULT, null, keyResults);
    }

    /** As above, with the goal's type and its weight in the owner's set (per-cent, {@code null} for none). */
    static long insertMeasuredGoal(DevHostFixture host, String owner, String title, Period period, String level,
            GoalType type, Integer weight, String... keyResults) {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        ObjectiveFields fields = new ObjectiveFields(title, null, new UserRef(owner), level, period,
                new OrgUnit.Project("CASC"), type, Lifecycle.ACTIVE, Visibility.MEMBERS, false,
                new GoalDetails(null, List.of(), null, weight == null ? null : Weight.ofPercent(weight)));
        List<NewKeyResult> rows = new ArrayList<>();
        for (String keyResult : keyResults) {
            String[] parts = keyResult.split(":");
            rows.add(new NewKeyResult(new KeyResultFields(parts[0], Weight.ofPercent(Integer.parseInt(parts[1])),
                    new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(new BigDecimal(parts[2])),
                            "customers"), null),
                    new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null)));
        }
        return goals.insert(new NewObjective(fields, rows), owner, Instant.now()).objective().id().value();
    }

    /** The ids of the goal's key results, in order. */
    static List<Long> keyResultIds(DevHostFixture host, long goal) {
        return host.server().plugin().bean(GoalStore.class).goal(new ObjectiveId(goal)).orElseThrow().keyResults()
                .stream().map(k -> k.id().value()).toList();
    }

    /** Checks in a value on a key result as {@code user} through the API, dated {@code date}. */
    static void checkIn(DevHostFixture host, String user, long keyResult, String value, String date)
            throws IOException, InterruptedException {
        HttpResponse<String> response = host.postJson(BASE + "/key-results/" + keyResult + "/check-ins", user,
                "{\"value\":" + value + ",\"confidence\":7,\"date\":\"" + date + "\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("check-in failed: " + response.statusCode() + " " + response.body());
        }
    }

    /** Records the person's direct managers. */
    static void setManagers(DevHostFixture host, String person, String... managers) {
        host.server().plugin().bean(PeopleStore.class).setManagers(new UserRef(person),
                Set.of(managers).stream().map(UserRef::new).collect(Collectors.toSet()));
    }

    /** The body as JSON. */
    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
