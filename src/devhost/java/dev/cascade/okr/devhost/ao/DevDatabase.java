package dev.cascade.okr.devhost.ao;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * Where the dev host keeps its Active Objects tables: an embedded H2 2.x database (a file that survives restarts, or
 * an in-memory one for tests) or a PostgreSQL database reached by JDBC URL.
 *
 * <p>Connections come from a small built-in pool (no pool library is on the dev host's class path). A connection
 * handed back to the pool is rolled back if it was left in a transaction and reset to auto-commit and the
 * database's default isolation: AO's own {@code Transaction} never switches auto-commit back on, so without this
 * reset the next borrower would silently never commit.
 *
 * <p>The PostgreSQL path loads the driver by class name only ({@value #POSTGRESQL_DRIVER}), so this class compiles
 * and runs without {@value #POSTGRESQL_ARTIFACT} on the class path; {@link #postgres} fails with a message naming
 * the artifact when it is missing.
 */
public final class DevDatabase implements AutoCloseable {

    /** The database engines the dev host supports. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    /** The JDBC driver class of PostgreSQL, loaded reflectively. */
    public static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

    /** The Maven coordinates that provide {@link #POSTGRESQL_DRIVER}. */
    public static final String POSTGRESQL_ARTIFACT = "org.postgresql:postgresql:42.7.13";

    /**
     * The schema Jira and Confluence hand Active Objects for H2 (their {@code dbconfig.xml} {@code schema-name}); AO
     * qualifies every table with it ({@code PUBLIC.AO_...}).
     */
    public static final String H2_SCHEMA = "PUBLIC";

    /** The schema of a default PostgreSQL database, as configured in a standard Jira {@code dbconfig.xml}. */
    public static final String POSTGRESQL_SCHEMA = "public";

    /**
     * H2 2.x keywords that, via {@code NON_KEYWORDS}, may still be column names on the dev host's H2, as they may on
     * PostgreSQL (see {@link #h2Url}).
     */
    public static final Set<String> H2_NON_KEYWORDS = Set.of(
            "KEY", "VALUE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "END", "LEFT", "RIGHT", "DEFAULT");

    /**
     * The reserved words of H2 2.3.232 (its {@code ParserUtil}); AO 3.2.11's H2 provider, written for H2 1.x, only
     * quotes some of them.
     */
    static final Set<String> H2_KEYWORDS = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC",
            "AUTHORIZATION", "BETWEEN", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG",
            "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "DAY", "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "HOUR", "IF", "IN", "INNER", "INTERSECT", "INTERVAL", "IS",
            "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "MINUS", "MINUTE", "MONTH",
            "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "PRIMARY", "QUALIFY", "RIGHT", "ROW", "ROWNUM",
            "SECOND", "SELECT", "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TRUE",
            "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW",
            "WITH", "YEAR", "_ROWID_");

    /** Settings appended to every H2 URL (see {@link #h2Url} for why). */
    static final String H2_SETTINGS =
            ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0;NON_KEYWORDS=" + String.join(",", new TreeSet<>(H2_NON_KEYWORDS));

    /** Idle physical connections kept for reuse; more may be open while in use (no upper bound). */
    private static final int MAX_IDLE_CONNECTIONS = 20;

    /** A PostgreSQL connection idle for longer than this is checked with {@code isValid} before reuse. */
    private static final long VALIDATE_AFTER_IDLE_MILLIS = 30_000;

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DisposableDataSource dataSource = new PooledDataSource();
    private final StatementCounter counter = new StatementCounter();
    private int defaultIsolation = -1;

    private DevDatabase(Kind kind, String url, String user, String password, String schema) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        try (Connection probe = physicalConnection()) {
            defaultIsolation = probe.getTransactionIsolation();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * An H2 2.x database stored in {@code dataDir} (created if missing) as {@code cascade.mv.db}; its rows survive
     * restarts of the JVM.
     */
    public static DevDatabase h2File(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create " + dataDir, e);
        }
        String file = dataDir.toAbsolutePath().resolve("cascade").toString().replace('\\', '/');
        return new DevDatabase(Kind.H2, h2Url("file:" + file), "sa", "", H2_SCHEMA);
    }

    /**
     * A private in-memory H2 2.x database that lives until {@link #close()}. Use a unique {@code name} per test:
     * two open databases with the same name are the same database.
     */
    public static DevDatabase h2Memory(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_\\-]+")) {
            throw new IllegalArgumentException("H2 memory database name must be [A-Za-z0-9_-]+: " + name);
        }
        return new DevDatabase(Kind.H2, h2Url("mem:" + name), "sa", "", H2_SCHEMA);
    }

    /**
     * A PostgreSQL database, e.g. {@code jdbc:postgresql://localhost:5432/cascade}; tables go to schema
     * {@value #POSTGRESQL_SCHEMA}.
     *
     * @throws IllegalStateException when {@value #POSTGRESQL_ARTIFACT} is not on the class path, or the database
     *     cannot be reached
     */
    public static DevDatabase postgres(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        if (!isPostgresDriverPresent()) {
            throw new IllegalStateException("PostgreSQL JDBC driver " + POSTGRESQL_DRIVER + " is not on the class path;"
                    + " add " + POSTGRESQL_ARTIFACT + " to the dev host / test class path");
        }
        return new DevDatabase(Kind.POSTGRESQL, jdbcUrl, user, password, POSTGRESQL_SCHEMA);
    }

    /** Whether {@value #POSTGRESQL_ARTIFACT} is on the class path (and has registered its driver). */
    public static boolean isPostgresDriverPresent() {
        try {
            Class.forName(POSTGRESQL_DRIVER, true, DevDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /*
     * H2 URL settings, and why (found by running AO 3.2.11 against H2 2.3.232, DevActiveObjectsTest):
     * - No MODE: AO's H2DatabaseProvider writes H2's native dialect (ID INT AUTO_INCREMENT, CLOB, DOUBLE, TIMESTAMP,
     *   LIMIT/OFFSET, ALTER TABLE ... ALTER COLUMN c TYPE DEFAULT x), and H2 2.x REGULAR mode still accepts all of
     *   it, including the ALTERs of migrate; a compatibility MODE would only drift away from what AO expects.
     * - No DATABASE_TO_UPPER / CASE_INSENSITIVE_IDENTIFIERS: AO writes upper-case names, mostly unquoted; the
     *   default (fold to upper case) is what it relies on, and metadata then reports AO_xxxxxx_NAME as in Jira.
     * - Schema PUBLIC (not in the URL): passed to the provider, which qualifies every table (PUBLIC.AO_...).
     * - NON_KEYWORDS=DAY,DEFAULT,END,...: AO 3.2.11 quotes only the H2 1.x reserved words, so a column such as KEY,
     *   VALUE or YEAR (and DEFAULT, from a boolean isDefault()) is written unquoted, and H2 2.x, which reserves these
     *   words, rejects the CREATE TABLE ("expected identifier"). On PostgreSQL AO quotes every name, so those
     *   entities work in the products; NON_KEYWORDS makes H2 treat these words as plain identifiers again (checked:
     *   CREATE, ALTER ... DEFAULT, INSERT, UPDATE SET, WHERE, ORDER BY). The remaining H2 2.x keywords (USER, SET,
     *   TO, ANY, SOME, CAST, UNKNOWN, ...) cannot be un-reserved this way (USER stays the function even then);
     *   DevActiveObjects refuses such column names on H2 with a clear message (isUnusableH2Identifier).
     * - DB_CLOSE_DELAY=-1: keep the database open while no connection is open. The pool may briefly hold none;
     *   without it H2 would close and re-open the file (slow) or, for mem:, silently drop the whole database.
     *   close() ends it explicitly with SHUTDOWN, which also releases the file lock for a re-open in the same JVM.
     * - WRITE_DELAY=0: H2 writes a commit to its file when the commit happens. Its default (500 ms) only queues it,
     *   so a process killed with SIGKILL lost writes it had already answered 2xx (9 of 200 goals and the check-ins of
     *   17 key results in one measured run); KillDuringWritesHttpTest kills the dev host in the middle of a stream of
     *   writes and finds every acknowledged one after the restart. The write reaches the operating system, which
     *   keeps it through the death of the process (not through a power cut: that is PostgreSQL's job, fsync).
     */
    static String h2Url(String location) {
        return "jdbc:h2:" + location + H2_SETTINGS;
    }

    /**
     * Whether a column name as AO renders it for this database ({@code rendered}, quoted or not) would be rejected
     * by H2 2.x as a keyword: only on H2, only unquoted names that {@link #H2_NON_KEYWORDS} does not free.
     */
    boolean isUnusableH2Identifier(String rendered) {
        if (kind != Kind.H2 || rendered == null || rendered.startsWith("\"")) {
            return false;
        }
        String upper = rendered.toUpperCase(Locale.ENGLISH);
        return H2_KEYWORDS.contains(upper) && !H2_NON_KEYWORDS.contains(upper);
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL this database is reached by. */
    public String jdbcUrl() {
        return url;
    }

    /** The schema AO creates its tables in ({@value #H2_SCHEMA} on H2, {@value #POSTGRESQL_SCHEMA} on PostgreSQL). */
    public String schema() {
        return schema;
    }

    /**
     * A connection for diagnostics and dumps (auto-commit on); close it to hand it back. It does NOT take part in a
     * running {@link DevActiveObjects#executeInTransaction} (use {@code entityManager().getProvider().getConnection()}
     * on the transaction's thread for that).
     */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Counts the statements and transactions sent through {@link #dataSource()} (for tests and benchmarks). */
    public StatementCounter statementCounter() {
        return counter;
    }

    /** The pooled data source AO's {@link DatabaseProvider} draws connections from. */
    public DisposableDataSource dataSource() {
        return dataSource;
    }

    /**
     * A new AO database provider over this database, the same provider class and schema the AO plugin picks for the
     * product's database ({@code JdbcDriverDatabaseProviderFactory}). Disposing it does not close this database.
     */
    public DatabaseProvider newDatabaseProvider() {
        ensureOpen();
        switch (kind) {
            case H2:
                return new H2DatabaseProvider(dataSource, schema);
            case POSTGRESQL:
                return new PostgreSQLDatabaseProvider(dataSource, schema);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * Drops everything: on H2 every object of the database; on PostgreSQL every table (with its sequences, indexes
     * and constraints), view and remaining sequence of schema {@value #POSTGRESQL_SCHEMA}. Entity objects and
     * {@link DevActiveObjects} instances created before stay usable only after {@code migrate} has run again.
     */
    public void reset() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            if (kind == Kind.H2) {
                s.execute("DROP ALL OBJECTS");
                return;
            }
            List<String> drops = new ArrayList<>();
            String q = "SELECT 'DROP VIEW IF EXISTS ' || quote_ident(table_schema) || '.' || quote_ident(table_name)"
                    + " || ' CASCADE' FROM information_schema.views WHERE table_schema = '" + schema + "'"
                    + " UNION ALL SELECT 'DROP TABLE IF EXISTS ' || quote_ident(schemaname) || '.'"
                    + " || quote_ident(tablename) || ' CASCADE' FROM pg_tables WHERE schemaname = '" + schema + "'";
            try (ResultSet rs = s.executeQuery(q)) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                }
            }
            for (String drop : drops) {
                s.execute(drop);
            }
            drops.clear();
            try (ResultSet rs = s.executeQuery("SELECT 'DROP SEQUENCE IF EXISTS ' || quote_ident(sequence_schema)"
                    + " || '.' || quote_ident(sequence_name) || ' CASCADE' FROM information_schema.sequences"
                    + " WHERE sequence_schema = '" + schema + "'")) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                }
            }
            for (String drop : drops) {
                s.execute(drop);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Closes the pooled connections; an H2 database is shut down (files flushed and unlocked, a {@code mem:}
     * database discarded). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Idle> toClose;
        synchronized (idle) {
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        if (kind == Kind.H2) {
            try (Connection c = physicalConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already gone
            }
        }
        for (Idle c : toClose) {
            closeQuietly(c.physical);
        }
    }

    @Override
    public String toString() {
        return "DevDatabase[" + kind + " " + url + "]";
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    private Connection physicalConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private Connection borrow() throws SQLException {
        if (closed.get()) {
            throw new SQLException(this + " is closed");
        }
        Connection physical = null;
        while (physical == null) {
            Idle candidate;
            synchronized (idle) {
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                physical = physicalConnection();
            } else if (isUsable(candidate)) {
                physical = candidate.physical;
            } else {
                closeQuietly(candidate.physical);
            }
        }
        return (Connection) Proxy.newProxyInstance(DevDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new PooledConnectionHandler(physical));
    }

    private boolean isUsable(Idle candidate) {
        try {
            if (candidate.physical.isClosed()) {
                return false;
            }
            boolean longIdle = System.currentTimeMillis() - candidate.since > VALIDATE_AFTER_IDLE_MILLIS;
            return kind == Kind.H2 || !longIdle || candidate.physical.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Resets what a borrower may have changed (only that: on PostgreSQL every getter is a round trip) and keeps
     * the connection for the next borrower.
     */
    private void giveBack(Connection physical, boolean autoCommitTouched, boolean isolationTouched) {
        try {
            if (physical.isClosed()) {
                return;
            }
            if (autoCommitTouched && !physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            if (isolationTouched) {
                physical.setTransactionIsolation(defaultIsolation);
            }
            physical.clearWarnings();
        } catch (SQLException e) {
            closeQuietly(physical);
            return;
        }
        synchronized (idle) {
            if (!closed.get() && idle.size() < MAX_IDLE_CONNECTIONS) {
                idle.addFirst(new Idle(physical, System.currentTimeMillis()));
                return;
            }
        }
        closeQuietly(physical);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing to do
        }
    }

    /** A physical connection waiting in the pool, and since when. */
    private static final class Idle {
        final Connection physical;
        final long since;

        Idle(Connection physical, long since) {
            this.physical = physical;
            this.since = since;
        }
    }

    /** A pooled connection as seen by its borrower: close() hands the physical connection back. */
    private final class PooledConnectionHandler implements InvocationHandler {
        private final Connection physical;
        private volatile boolean returned;
        private boolean autoCommitTouched;
        private boolean isolationTouched;

        PooledConnectionHandler(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!returned) {
                        returned = true;
                        giveBack(physical, autoCommitTouched, isolationTouched);
                    }
                    return null;
                case "setAutoCommit":
                    autoCommitTouched = true;
                    break;
                case "setTransactionIsolation":
                    isolationTouched = true;
                    break;
                case "isClosed":
                    return returned || physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Pooled[" + physical + (returned ? ", returned" : "") + "]";
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
            if (returned) {
                throw new SQLException("Connection has been closed (returned to the pool)");
            }
            Object result;
            try {
                result = method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return counted(proxy, method, args, result);
        }

        /** Statements the borrower creates are counted, and so are the transactions it ends. */
        private Object counted(Object proxy, Method method, Object[] args, Object result) throws SQLException {
            String name = method.getName();
            if (name.startsWith("prepare") || "createStatement".equals(name)) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return counter.wrapStatement(result, method.getReturnType(), sql, (Connection) proxy);
            }
            if (("commit".equals(name) || "rollback".equals(name)) && !physical.getAutoCommit()) {
                counter.transactionEnded((Connection) proxy);
            }
            return result;
        }
    }

    /** The data source AO uses; dispose() is a no-op because this DevDatabase owns the connections. */
    private final class PooledDataSource implements DisposableDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return borrow();
        }

        @Override
        public Connection getConnection(String username, String pw) throws SQLException {
            throw new SQLFeatureNotSupportedException("Only the configured user may connect");
        }

        @Override
        public void dispose() {
            // the DevDatabase is closed by its owner
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // unused
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // unused
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("Not a wrapper for " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }

        @Override
        public String toString() {
            return "DevDatabase.dataSource[" + url + "]";
        }
    }
}
