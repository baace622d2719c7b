package dev.cascade.okr.bench;

import dev.cascade.okr.devhost.DevHost;
import dev.cascade.okr.devhost.DevHostConfig;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The database a benchmark's dev host keeps its tables in: the embedded H2 file by default, or PostgreSQL when the
 * benchmark JVM is given {@code -Dcascade.pg.url} ({@code ./mvnw -Pbench -Dcascade.pg.url=jdbc:postgresql://...
 * -Dcascade.pg.user=...}; the password from {@code -Dcascade.pg.password} or, kept off the command line, the
 * environment variable {@value DevHost#PG_PASSWORD_ENV}). JMH's forks inherit the benchmark JVM's arguments and
 * environment, so every fork measures the same database. The PostgreSQL database IS WIPED at set-up.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    /** A fresh dev host configuration (reset data, no sample goals) on the chosen database, in a new data folder. */
    static DevHostConfig freshHost(String folderPrefix) throws IOException {
        return new DevHostConfig(0, Files.createTempDirectory(folderPrefix), true, false, postgres());
    }

    /** The database's name as the results record it: {@code H2} or {@code PostgreSQL}. */
    static String name() {
        return postgres() == null ? "H2" : "PostgreSQL";
    }

    /** The PostgreSQL database the benchmark JVM names, or {@code null} for H2. */
    static DevHostConfig.Postgres postgres() {
        String url = System.getProperty("cascade.pg.url");
        if (url == null || url.isBlank()) {
            return null;
        }
        String password = System.getProperty("cascade.pg.password", "");
        return new DevHostConfig.Postgres(url, System.getProperty("cascade.pg.user", "postgres"),
                password.isEmpty() ? System.getenv().getOrDefault(DevHost.PG_PASSWORD_ENV, "") : password);
    }
}
