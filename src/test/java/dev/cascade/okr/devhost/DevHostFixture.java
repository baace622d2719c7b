package dev.cascade.okr.devhost;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.rules.ExternalResource;

/**
 * A dev host started on a free port with a fresh data folder, and the HTTP and database helpers tests need. Use it
 * as a {@code @ClassRule}: one dev host per test class, stopped and deleted afterwards.
 */
public final class DevHostFixture extends ExternalResource {

    private final boolean seed;
    private final int benchmarkEpics;
    private final boolean basicAuth;
    private Path dataDir;
    private DevHostServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private DevHostFixture(boolean seed, int benchmarkEpics, boolean basicAuth) {
        this.seed = seed;
        this.benchmarkEpics = benchmarkEpics;
        this.basicAuth = basicAuth;
    }

    /** A dev host with the sample objective and a BENCH project of {@code epics} epics of 20 stories each. */
    public static DevHostFixture withBenchmarkEpics(int epics) {
        return new DevHostFixture(true, epics, true);
    }

    /** A dev host with the sample objective. */
    public static DevHostFixture seeded() {
        return new DevHostFixture(true, 0, true);
    }

    /** A dev host with the sample objective and HTTP Basic switched off, as Jira 11 ships. */
    public static DevHostFixture seededWithoutBasicAuth() {
        return new DevHostFixture(true, 0, false);
    }

    /**
     * The HTTP and database helpers over a dev host started elsewhere (e.g. on PostgreSQL); not a rule: whoever
     * started the server stops it.
     */
    public static DevHostFixture on(DevHostServer server) {
        DevHostFixture fixture = new DevHostFixture(false, 0, true);
        fixture.server = server;
        return fixture;
    }

    @Override
    protected void before() throws Exception {
        dataDir = Files.createTempDirectory("cascade-devhost-test");
        server = DevHostServer.start(new DevHostConfig(0, dataDir, false, seed).withBenchmarkEpics(benchmarkEpics)
                .withBasicAuth(basicAuth));
    }

    @Override
    protected void after() {
        try {
            server.close();
            try (var paths = Files.walk(dataDir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the dev host in " + dataDir, e);
        }
    }

    /** The server. */
    public DevHostServer server() {
        return server;
    }

    /** The absolute URI of a path such as {@code /rest/cascade/1.0/objectives}. */
    public URI uri(String path) {
        return server.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** GET as a user ({@code null} for anonymous). */
    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET().build());
    }

    /** GET as a user ({@code null} for anonymous), the body as bytes (a spreadsheet file). */
    public HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST a JSON body as a user ({@code null} for anonymous). */
    public HttpResponse<String> postJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** PUT a JSON body as a user ({@code null} for anonymous). */
    public HttpResponse<String> putJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return sendJson("PUT", path, user, json);
    }

    /** DELETE as a user ({@code null} for anonymous). */
    public HttpResponse<String> delete(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).DELETE().build());
    }

    /**
     * Sends a request of any method as a user ({@code null} for anonymous) with a JSON body, or with none when
     * {@code json} is {@code null}.
     */
    public HttpResponse<String> sendJson(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        if (json == null) {
            return send(request(path, user).method(method, HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(request(path, user).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /**
     * Sends any request as a user ({@code null} for anonymous): a method, raw body bytes ({@code null} for none) and
     * headers given as name, value, name, value... — for tests of what the door accepts (content types, XSRF headers,
     * bytes that are not UTF-8).
     */
    public HttpResponse<String> send(String method, String path, String user, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, user).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    /**
     * Reads a JSON answer until it satisfies the condition (background work such as a recompute has landed), for at
     * most 10 seconds; answers the last reading either way, so the caller's assertion reports what was seen.
     */
    public com.fasterxml.jackson.databind.JsonNode awaitJson(String path, String user,
            java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> condition)
            throws IOException, InterruptedException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            com.fasterxml.jackson.databind.JsonNode read = json.readTree(get(path, user).body());
            if (condition.test(read) || System.nanoTime() > deadline) {
                return read;
            }
            Thread.sleep(50);
        }
    }

    /** Moves a sample issue to a status through the stand-in issue page's form. */
    public HttpResponse<String> moveIssue(String issueKey, String status, String user)
            throws IOException, InterruptedException {
        return send(request("/devhost/issues/" + issueKey + "/status", user)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("status=" + status.replace(" ", "+"))).build());
    }

    /**
     * The {@code Authorization} header value that signs a sample user in as Jira 11 callers do: {@code Bearer} and the
     * user's sample personal access token. Every helper of this fixture signs in this way.
     */
    public static String bearer(String user) {
        return "Bearer " + DevUsers.sampleToken(user)
                .orElseThrow(() -> new IllegalArgumentException("no sample token for " + user));
    }

    /** The HTTP Basic {@code Authorization} header value of a sample user (password = user name). */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            builder.header("Authorization", bearer(user));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every row of every Cascade table, in a stable order: compare two dumps to prove nothing changed. */
    public String dumpDatabase() throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = server.activeObjects().database().connection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            tables.sort(null);
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            dump.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }
}
