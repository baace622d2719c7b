package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The plumbing every authorisation matrix test shares: the six callers (anonymous, carol with no CASC access, bob a
 * CASC member, zhang, pat the CASC administrator and alice the app administrator), one parameterized case per endpoint
 * and caller, and the checks on the answer. A subclass keeps its own table of endpoints and statuses, its host and its
 * request runner; it is run with {@code @RunWith(Parameterized.class)} and
 * {@code @Parameters(name = AuthorizationMatrix.NAME)} (or {@link #NAME_WITHOUT_STATUS}) over {@link Rows#cases()}.
 *
 * @param <E> how a table names an endpoint: a string, an enum or a record whose {@code toString} is its name
 */
abstract class AuthorizationMatrix<E> {

    /** Who calls, in the order of every row's statuses; {@code null} is anonymous. */
    static final String[] CALLERS = {null, "carol", "bob", "zhang", "pat", "alice"};

    /** The case name "endpoint as caller -> status". */
    static final String NAME = "{0} as {1} -> {2}";

    /** The case name "endpoint as caller". */
    static final String NAME_WITHOUT_STATUS = "{0} as {1}";

    /** The endpoint under test. */
    protected final E endpoint;

    /** The caller's user name, {@code null} for anonymous. */
    protected final String user;

    /** The status the caller must get. */
    protected final int status;

    private final DevHostFixture host;

    /** Takes one case of {@link Rows#cases()}: the endpoint, the caller's name ("anonymous" or a user) and status. */
    protected AuthorizationMatrix(DevHostFixture host, E endpoint, String caller, int status) {
        this.host = host;
        this.endpoint = endpoint;
        this.user = "anonymous".equals(caller) ? null : caller;
        this.status = status;
    }

    /** A table being built: one row per endpoint with one status per caller of {@link #CALLERS}. */
    static Rows rows() {
        return new Rows();
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
        return host.dumpDatabase();
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
            assertEquals("a refused call or a read changes nothing", before, host.dumpDatabase());
        }
    }
}
