package dev.cascade.okr.devhost;

import java.nio.file.Path;

/**
 * How to start the dev host.
 *
 * @param port the HTTP port on localhost; 0 picks a free one
 * @param dataDir where the H2 database and the sample issue statuses live (survives restarts)
 * @param reset whether to wipe {@code dataDir} (and a PostgreSQL database, when one is named) first
 * @param seedSampleGoals whether to create the sample objective on an empty database
 * @param postgres a PostgreSQL database to use instead of H2, or {@code null}
 * @param benchmarkEpics how many epics of 20 stories the sample's BENCH project has; 0 for none
 * @param sampleCascade whether to seed the sample cascade of 2026 (measured and back-filled) before {@code /status}
 *     answers 200, as the interactive dev host does
 * @param basicAuth whether HTTP Basic signs REST callers in (the default); {@code false} answers every Basic request
 *     401, as Jira 11 does out of the box, so that only personal access tokens ({@code Authorization: Bearer}) work
 */
public record DevHostConfig(int port, Path dataDir, boolean reset, boolean seedSampleGoals, Postgres postgres,
        int benchmarkEpics, boolean sampleCascade, boolean basicAuth) {

    /** The dev host on H2 in {@code dataDir}. */
    public DevHostConfig(int port, Path dataDir, boolean reset, boolean seedSampleGoals) {
        this(port, dataDir, reset, seedSampleGoals, null);
    }

    /** The dev host with the standard sample issues. */
    public DevHostConfig(int port, Path dataDir, boolean reset, boolean seedSampleGoals, Postgres postgres) {
        this(port, dataDir, reset, seedSampleGoals, postgres, 0, false, true);
    }

    /** The same, with a BENCH project of {@code epics} epics of 20 stories each (for benchmarks). */
    public DevHostConfig withBenchmarkEpics(int epics) {
        return new DevHostConfig(port, dataDir, reset, seedSampleGoals, postgres, epics, sampleCascade, basicAuth);
    }

    /** The same, seeding the sample cascade of 2026 before the host reports itself ready. */
    public DevHostConfig withSampleCascade() {
        return new DevHostConfig(port, dataDir, reset, seedSampleGoals, postgres, benchmarkEpics, true, basicAuth);
    }

    /**
     * The same, with HTTP Basic on or off. Off, as in Jira 11, a Basic request is answered 401 and callers use their
     * personal access token.
     */
    public DevHostConfig withBasicAuth(boolean on) {
        return new DevHostConfig(port, dataDir, reset, seedSampleGoals, postgres, benchmarkEpics, sampleCascade, on);
    }

    /**
     * A PostgreSQL database for the dev host (tests of concurrency need one).
     *
     * @param url the JDBC URL
     * @param user the user
     * @param password the password
     */
    public record Postgres(String url, String user, String password) {
    }
}
