package dev.cascade.okr.devhost;

import java.nio.file.Path;

/**
 * How to start the dev host.
 *
 * @param port the HTTP port on localhost; 0 picks a free one
 * @param dataDir where the H2 database and the sample issue statuses live (survives restarts)
 * @param reset whether to wipe {@code dataDir} first
 * @param seedSampleGoals whether to create the sample objective on an empty database
 */
public record DevHostConfig(int port, Path dataDir, boolean reset, boolean seedSampleGoals) {
}
