package dev.cascade.okr.devhost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** PUT and DELETE on the dev host, and sample goal bodies, for the goals API tests. */
final class GoalsHttp {

    static final String GOALS = "/rest/cascade/1.0/goals";
    static final ObjectMapper JSON = new ObjectMapper();

    private final DevHostFixture host;

    GoalsHttp(DevHostFixture host) {
        this.host = host;
    }

    HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
        return host.putJson(path, user, json);
    }

    HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return host.delete(path, user);
    }

    /** Creates a goal as a user and answers its JSON; fails when the host refuses. */
    JsonNode create(String user, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = host.postJson(GOALS, user, body);
        if (response.statusCode() != 201) {
            throw new AssertionError("create answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A team goal of CASC owned by {@code owner} with two key results of 60% and 40%. */
    static String goal(String owner, String visibility) {
        return "{\"title\":\"Raise weekly sign-ups to 500\",\"description\":\"From 320 today\","
                + "\"ownerKey\":\"" + owner + "\",\"level\":\"team\",\"period\":{\"value\":\"2026-Q1\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"type\":\"result\",\"visibility\":\"" + visibility + "\","
                + "\"rollsUpFromChildren\":false,\"keyResults\":["
                + "{\"title\":\"Weekly sign-ups reach 500\",\"weight\":60,\"measure\":{\"kind\":\"metric\","
                + "\"direction\":\"increase\",\"start\":320,\"tiers\":{\"target\":500},\"unit\":\"sign-ups\"}},"
                + "{\"title\":\"Onboarding epic done\",\"weight\":40,\"measure\":{\"kind\":\"issues\","
                + "\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"CASC-1\"}]}}]}";
    }

    /** The own fields of {@link #goal} with a new title, at a version. */
    static String update(long version, String owner, String title) {
        return "{\"version\":" + version + ",\"title\":\"" + title + "\",\"description\":\"From 320 today\","
                + "\"ownerKey\":\"" + owner + "\",\"level\":\"team\",\"period\":{\"value\":\"2026-Q1\"},"
                + "\"unit\":{\"project\":\"CASC\"},\"type\":\"result\",\"visibility\":\"members\","
                + "\"rollsUpFromChildren\":false}";
    }
}
