package dev.cascade.okr.store;

import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The databases every store test runs on, for {@code @Parameterized} store tests: H2 always, and PostgreSQL when
 * {@code -Dcascade.pg.url} (plus {@code cascade.pg.user}, {@code cascade.pg.password}) names a throwaway database —
 * IT IS WIPED before each test. Without it PostgreSQL is left out with a loud message locally; in CI (environment
 * {@code CI=true}) it stays in the list and fails, so that PostgreSQL is never skipped silently there.
 */
public final class StoreDatabases {

    /** The H2 parameter. */
    public static final String H2 = "H2";
    /** The PostgreSQL parameter. */
    public static final String POSTGRESQL = "PostgreSQL";

    private static final String URL_PROPERTY = "cascade.pg.url";
    private static boolean warned;

    private StoreDatabases() {
    }

    /** The parameters: {@code {"H2"}} and, when configured or in CI, {@code {"PostgreSQL"}}. */
    public static Collection<Object[]> parameters() {
        List<Object[]> databases = new ArrayList<>();
        databases.add(new Object[] {H2});
        if (postgresConfigured() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            databases.add(new Object[] {POSTGRESQL});
        } else if (!warned) {
            warned = true;
            System.err.println("*** Store tests run on H2 only: -D" + URL_PROPERTY + " is not set, so PostgreSQL is"
                    + " SKIPPED here (CI always runs it). ***");
        }
        return databases;
    }

    /**
     * A fresh, empty database of the named kind.
     *
     * @throws IllegalStateException for PostgreSQL when no database is configured (in CI)
     */
    public static DevDatabase open(String kind) {
        if (H2.equals(kind)) {
            return DevDatabase.h2Memory("store-" + UUID.randomUUID());
        }
        if (!postgresConfigured()) {
            throw new IllegalStateException("PostgreSQL store tests need -D" + URL_PROPERTY
                    + "=jdbc:postgresql://... (CI=true: never skipped)");
        }
        DevDatabase pg = DevDatabase.postgres(System.getProperty(URL_PROPERTY),
                System.getProperty("cascade.pg.user", "postgres"), System.getProperty("cascade.pg.password", ""));
        pg.reset();
        return pg;
    }

    /** Active Objects with the plugin's namespace on the database, with the given entities migrated. */
    @SafeVarargs
    public static DevActiveObjects activeObjects(DevDatabase database,
            Class<? extends net.java.ao.RawEntity<?>>... entities) {
        DevActiveObjects ao = new DevActiveObjects(database, "dev.cascade.okr");
        ao.migrate(entities);
        return ao;
    }

    private static boolean postgresConfigured() {
        String url = System.getProperty(URL_PROPERTY);
        return url != null && !url.isBlank();
    }
}
