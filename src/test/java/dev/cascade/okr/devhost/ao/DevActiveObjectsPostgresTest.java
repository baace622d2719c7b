package dev.cascade.okr.devhost.ao;

import static org.junit.Assume.assumeTrue;

import org.junit.BeforeClass;

/**
 * {@link DevActiveObjects} on PostgreSQL: the shared contract, run only when system property {@code cascade.pg.url}
 * (plus {@code cascade.pg.user} / {@code cascade.pg.password}) names a database. THAT DATABASE IS WIPED before every
 * test ({@link DevDatabase#reset()}): use a throwaway one, e.g.
 * {@code -Dcascade.pg.url=jdbc:postgresql://localhost:5432/cascade_test}.
 */
public class DevActiveObjectsPostgresTest extends DevActiveObjectsContract {

    static final String URL_PROPERTY = "cascade.pg.url";

    @BeforeClass
    public static void requirePostgres() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            System.err.println("*** SKIPPED DevActiveObjectsPostgresTest: system property " + URL_PROPERTY
                    + " is not set (e.g. -D" + URL_PROPERTY + "=jdbc:postgresql://localhost:5432/cascade_test"
                    + " -Dcascade.pg.user=... -Dcascade.pg.password=...). ***");
            assumeTrue(URL_PROPERTY + " not set", false);
        }
        if (!DevDatabase.isPostgresDriverPresent()) {
            System.err.println("*** SKIPPED DevActiveObjectsPostgresTest: the PostgreSQL JDBC driver ("
                    + DevDatabase.POSTGRESQL_DRIVER + ") is not on the test class path; add "
                    + DevDatabase.POSTGRESQL_ARTIFACT + " (test scope). ***");
            assumeTrue("missing " + DevDatabase.POSTGRESQL_ARTIFACT, false);
        }
    }

    @Override
    protected DevDatabase openDatabase(String uniqueName) {
        DevDatabase pg = DevDatabase.postgres(System.getProperty(URL_PROPERTY),
                System.getProperty("cascade.pg.user", "postgres"), System.getProperty("cascade.pg.password", ""));
        pg.reset();
        return pg;
    }
}
