package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;

/**
 * The plumbing every authorisation matrix test shares: the six callers (anonymous, carol with no CASC access, bob a
 * CASC member, zhang, pat the CASC administrator and alice the app administrator), one parameterized case per endpoint
 * and caller, its own freshly seeded dev host ({@link #HOST}), and the checks on the answer. A subclass keeps its own
 * table of endpoints and statuses ({@link #matrix} or {@link #rows()}) and its request runner; it is run
 * {@link Parameterized} (inherited) with {@code @Parameters(name = AuthorizationMatrix.NAME)} (or
 * {@link #NAME_WITHOUT_STATUS}) over the table's cases.
 *
 * @param <E> how a table names an endpoint: a string, an enum or a record whose {@code toString} is its name
 */
@RunWith(Parameterized.class)
public abstract class AuthorizationMatrix<E> {

    /**
     * The dev host: a class rule is applied once for each test class that runs, so every matrix starts a freshly
     * seeded dev host of its own and stops it afterwards.
     */
    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    /** Who calls, in the order of every row's statuses; {@code null} is anonymous. */
    static final String[] CALLERS = {null, "carol", "bob", "zhang", "pat", "alice"};

    /** The case name "endpoint as caller -> status". */
    static final String NAME = "{0} as {1} -> {2}";

    /** The case name "endpoint as caller". */
    static final String NAME_WITHOUT_STATUS = "{0} as {1}";

    /** The endpoint under test: the case's first parameter. */
    @Parameter(0)
    public E endpoint;

    /** The caller's name, "anonymous" or a user: the case's second parameter. */
    @Parameter(1)
    public String caller;

    /** The status the caller must get: the case's third parameter. */
    @Parameter(2)
    public int status;

    /** The caller's user name, {@code null} for anonymous. */
    protected String user;

    /** Takes the case's caller as the user to call as. */
    @Before
    public void callAsCaller() {
        user = "anonymous".equals(caller) ? null : caller;
    }

    /** A table being built: one row per endpoint with one status per caller of {@link #CALLERS}. */
    static Rows rows() {
        return new Rows();
    }

    /**
     * The cases of a table written as text: one line per endpoint, its name followed by the status of each caller of
     * {@link #CALLERS} in order (anonymous, carol, bob, zhang, pat, alice); blank lines and lines starting with
     * {@code #} (notes) are skipped.
     */
    static List<Object[]> matrix(String table) {
        Rows rows = rows();
        for (String line : table.strip().split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] words = row.split("\\s+");
            int[] statuses = Arrays.stream(words, words.length - CALLERS.length, words.length)
                    .mapToInt(Integer::parseInt).toArray();
            String name = String.join(" ", Arrays.copyOf(words, words.length - CALLERS.length));
            rows.add(name, statuses);
        }
        return rows.cases();
    }

    /** The cases of a table: each endpoint with each caller, as {endpoint, caller name, expected status}. */
    static final class Rows {

        private final List<Object[]> cases = new ArrayList<>();

        private Rows() {
        }

        /** Adds the endpoint with the status of each caller of {@link #CALLERS}, in order. */
        Rows add(Object endpoint, int... statuses) {
            if (statuses.length != CALLERS.length) {
                throw new IllegalArgumentException(endpoint + ": " + statuses.length + " statuses for "
                        + CALLERS.length + " callers");
            }
            for (int i = 0; i < CALLERS.length; i++) {
                cases.add(new Object[] {endpoint, CALLERS[i] == null ? "anonymous" : CALLERS[i], statuses[i]});
            }
            return this;
        }

        List<Object[]> cases() {
            return cases;
        }
    }

    /** The database as it is now, to compare with after the call. */
    protected String snapshot() throws Exception {
        return HOST.dumpDatabase();
    }

    /** The caller got the status of the matrix; the body is shown when not. */
    protected void assertStatus(HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
    }

    /**
     * A refused call (4xx) or a read changes nothing: the database is as it was in {@code before}. A call that was
     * allowed to write is not compared.
     */
    protected void assertUnchangedWhenRefusedOrRead(boolean read, String before) throws Exception {
        if (status >= 400 || read) {
            assertEquals("a refused call or a read changes nothing", before, HOST.dumpDatabase());
        }
    }
}
