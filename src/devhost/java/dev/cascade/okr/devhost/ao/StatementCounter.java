package dev.cascade.okr.devhost.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts what the dev host's database is asked, at the JDBC level, the same on H2 and PostgreSQL: every statement
 * executed (each {@code execute}, {@code executeQuery}, {@code executeUpdate} and {@code executeBatch} call is one
 * round trip to the database) and every transaction (a {@code commit} or {@code rollback} of a connection with
 * auto-commit off, and each statement run with auto-commit on, which the database commits on its own). Not counted:
 * the transaction control itself ({@code COMMIT}; PostgreSQL's driver sends {@code BEGIN} with the first statement).
 *
 * <p>Why here and not PostgreSQL's {@code pg_stat_statements}: that view needs the extension preloaded at server
 * start, counts every client of the server (other tests and builds share it) and does not exist on H2; a wrapper of the
 * dev host's pooled connections sees exactly the statements this dev host sends, on both databases, in a unit test
 * and in a benchmark alike.
 *
 * <p>Counting costs nothing while nobody {@linkplain #record() records}: statements are wrapped, the wrapper only
 * checks an empty list.
 */
public final class StatementCounter {

    private final List<Recording> recordings = new CopyOnWriteArrayList<>();

    /**
     * Starts recording what every thread of this dev host sends to the database until the recording is closed (so
     * record one request at a time, with nothing else writing).
     */
    public Recording record() {
        Recording recording = new Recording();
        recordings.add(recording);
        return recording;
    }

    /** What was sent while a recording was open. */
    public final class Recording implements AutoCloseable {
        private final List<String> statements = new CopyOnWriteArrayList<>();
        private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
        private final Map<Connection, List<String>> open = new ConcurrentHashMap<>();

        private Recording() {
        }

        /** The SQL of each statement executed, in order (the SQL text of an executed batch once). */
        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** How many statements were executed. */
        public int statementCount() {
            return statements.size();
        }

        /**
         * The statements of each transaction that ended while recording, in the order they ended: an explicit
         * transaction ends with its commit or rollback, a statement run with auto-commit on is a transaction of its
         * own. A transaction without statements (a commit of nothing) is left out.
         */
        public List<List<String>> transactions() {
            return List.copyOf(transactions);
        }

        /** How many transactions with statements ended. */
        public int transactionCount() {
            return transactions.size();
        }

        /** Stops recording. */
        @Override
        public void close() {
            recordings.remove(this);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(statements.size() + " statements in " + transactions.size()
                    + " transactions:");
            for (List<String> transaction : transactions) {
                text.append("\n  [").append(String.join(" | ", transaction)).append(']');
            }
            return text.toString();
        }

        private void executed(String sql, Connection connection, boolean autoCommit) {
            statements.add(sql);
            if (autoCommit) {
                transactions.add(List.of(sql));
            } else {
                open.computeIfAbsent(connection, c -> new ArrayList<>()).add(sql);
            }
        }

        private void ended(Connection connection) {
            List<String> done = open.remove(connection);
            if (done != null && !done.isEmpty()) {
                transactions.add(List.copyOf(done));
            }
        }
    }

    /** Notes the end (commit or rollback) of a transaction of a connection with auto-commit off. */
    void transactionEnded(Connection connection) {
        for (Recording recording : recordings) {
            recording.ended(connection);
        }
    }

    /** Wraps a statement the pooled connection created, so that its executions are counted. */
    Object wrapStatement(Object statement, Class<?> type, String sql, Connection connection) {
        if (!(statement instanceof Statement)) {
            return statement;
        }
        Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        if (!type.isAssignableFrom(kind)) {
            kind = type;
        }
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {kind},
                new CountingStatement((Statement) statement, sql, connection));
    }

    private void executed(String sql, Connection connection) {
        if (recordings.isEmpty()) {
            return;
        }
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (java.sql.SQLException e) {
            autoCommit = false;
        }
        for (Recording recording : recordings) {
            recording.executed(sql, connection, autoCommit);
        }
    }

    /** A statement whose executions are counted. */
    private final class CountingStatement implements InvocationHandler {
        private final Statement statement;
        private final String preparedSql;
        private final Connection connection;

        CountingStatement(Statement statement, String preparedSql, Connection connection) {
            this.statement = statement;
            this.preparedSql = preparedSql;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                executed(sql, connection);
            } else if ("getConnection".equals(name)) {
                return connection;
            }
            try {
                return method.invoke(statement, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
