package dev.cascade.okr.devhost;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the dev host from the command line: {@code --port=2990 --data=.devhost --reset=false --basicauth=true}. Run
 * it with {@code ./mvnw -Pdevhost} (add {@code -Dcascade.port=...}, {@code -Dcascade.reset=true}, or
 * {@code -Dcascade.basicauth=false} to turn HTTP Basic off as Jira 11 does).
 */
public final class DevHost {

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
        DevHostConfig config = new DevHostConfig(
                Integer.parseInt(options.getOrDefault("port", "2990")),
                Path.of(options.getOrDefault("data", ".devhost")),
                Boolean.parseBoolean(options.getOrDefault("reset", "false")),
                true).withSampleCascade()
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
        System.out.println("Cascade dev host is ready at " + server.baseUri()
                + "  (users: alice, bob, zhang, carol, pat; REST: Authorization: Bearer <sample token>, tokens in"
                + " docs/dev-host.md; " + (config.basicAuth() ? "Basic: password = user name)"
                        : "Basic authentication is off)"));
        server.join();
    }
}
