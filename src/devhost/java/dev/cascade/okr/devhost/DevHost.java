package dev.cascade.okr.devhost;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the dev host from the command line: {@code --port=2990 --data=.devhost --reset=false --basicauth=true}, and
 * {@code --pg.url=jdbc:postgresql://host:5432/db --pg.user=name} to keep its tables in PostgreSQL instead of the H2
 * file under {@code --data} (the password comes from {@code --pg.password}, the system property {@code
 * cascade.pg.password} — which {@code ./mvnw -Pdevhost -Dcascade.pg.password=...} sets in this same JVM — or, kept off
 * every command line, the environment variable {@value #PG_PASSWORD_ENV}). Run it with {@code ./mvnw -Pdevhost} (add
 * {@code -Dcascade.port=...}, {@code -Dcascade.reset=true}, {@code -Dcascade.basicauth=false} to turn HTTP Basic off as
 * Jira 11 does, {@code -Dcascade.pg.url=... -Dcascade.pg.user=...}).
 */
public final class DevHost {

    /** The environment variable that holds the PostgreSQL password when {@code --pg.password} is not given. */
    public static final String PG_PASSWORD_ENV = "CASCADE_PG_PASSWORD";

    private DevHost() {
    }

    /** Parses the arguments, starts the server and waits. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        String pgUrl = options.getOrDefault("pg.url", "");
        DevHostConfig.Postgres postgres = pgUrl.isBlank() ? null : new DevHostConfig.Postgres(pgUrl,
                options.getOrDefault("pg.user", "postgres"),
                options.getOrDefault("pg.password", System.getProperty("cascade.pg.password",
                        System.getenv().getOrDefault(PG_PASSWORD_ENV, ""))));
        DevHostConfig config = new DevHostConfig(
                Integer.parseInt(options.getOrDefault("port", "2990")),
                Path.of(options.getOrDefault("data", ".devhost")),
                Boolean.parseBoolean(options.getOrDefault("reset", "false")),
                true, postgres).withSampleCascade()
                .withBasicAuth(Boolean.parseBoolean(options.getOrDefault("basicauth", "true")));
        // Returns once the sample data is in place (GET /status answers 200 from then on).
        DevHostServer server = DevHostServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Cascade dev host did not stop cleanly: " + e);
            }
        }));
        System.out.println("Cascade dev host is ready at " + server.baseUri() + " on "
                + (postgres == null ? "H2 in " + config.dataDir() : "PostgreSQL " + pgUrl.replaceFirst("[?;].*", ""))
                + "  (users: alice, bob, zhang, carol, pat; REST: Authorization: Bearer <sample token>, tokens in"
                + " docs/dev-host.md; " + (config.basicAuth() ? "Basic: password = user name)"
                        : "Basic authentication is off)"));
        server.join();
    }
}
