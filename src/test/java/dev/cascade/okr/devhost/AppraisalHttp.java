package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.PeopleStore;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the appraisal HTTP tests share: PUT (the fixture has GET and POST), goals inserted straight into the store
 * (the goals API is built elsewhere), managers recorded straight into the people store, and JSON reading.
 *
 * <p>The cast: {@code bob} is the person appraised and owns the goal; {@code zhang} is his manager (the dev host has
 * five users, so the project member of the matrix and the person appraised are both bob).
 */
final class AppraisalHttp {

    static final String BASE = "/rest/cascade/1.0";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AppraisalHttp() {
    }

    /** PUT a JSON body as a user ({@code null} for anonymous). */
    static HttpResponse<String> putJson(DevHostFixture host, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(host.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Stores a year goal of the CASC project owned by {@code owner}; its id. */
    static long insertGoal(DevHostFixture host, String owner, String title) {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        ObjectiveFields fields = new ObjectiveFields(title, null, new UserRef(owner), "individual",
                Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE,
                Visibility.MEMBERS, false);
        return goals.insert(new NewObjective(fields, List.of()), owner, Instant.now()).objective().id().value();
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
