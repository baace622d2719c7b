package dev.cascade.okr.devhost.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.ActiveObjectsException;
import net.java.ao.Common;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultPolymorphicTypeMapper;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The dev host's {@link ActiveObjects}: the real AO {@link EntityManager} configured the way the Active Objects
 * plugin configures it inside Jira and Confluence, for one plugin namespace.
 *
 * <ul>
 *   <li>Names: {@code AtlassianTableNameConverter} with the prefix {@code AO_<last 6 hex of MD5(namespace)>} (see
 *       {@link AoTableNames}), and AO's Atlassian field, sequence, trigger, index and unique name converters.
 *   <li>Schema: only tables starting with the prefix are managed ({@code migrateDestructively} never touches other
 *       tables), the plugin's {@code PrefixedSchemaConfiguration}; the database provider and schema the plugin picks
 *       for the product's database (see {@link DevDatabase#newDatabaseProvider()}).
 *   <li>Entities are checked as the plugin checks them before {@code migrate}: at most 200, no table or column named
 *       BLOB, CLOB, NUMBER, ROWID, TIMESTAMP or VARCHAR2 ({@code NamesLengthAndOracleReservedWordsEntitiesValidator});
 *       on H2 also no column named after an H2 2.x keyword that AO leaves unquoted and H2 cannot un-reserve (USER,
 *       SET, TO, ...; see {@link DevDatabase}), which would otherwise fail later with an H2 syntax error.
 *   <li>{@link #executeInTransaction}: see there.
 * </ul>
 *
 * <p>Errors of the database surface as {@link ActiveObjectsException} (the plugin throws its subclass
 * {@code ActiveObjectsSqlException}).
 */
public final class DevActiveObjects implements ActiveObjects, AutoCloseable {

    /** The Cascade plugin's AO namespace ({@code <ao namespace="...">}). */
    public static final String CASCADE_NAMESPACE = "dev.cascade.okr";

    /**
     * System property read by AO's {@code DatabaseProvider.startTransaction()}; when it is set, its isolation level
     * is kept, otherwise transactions run READ_COMMITTED (see {@link #executeInTransaction}).
     */
    public static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    static final int MAX_ENTITIES = 200;
    static final Set<String> RESERVED_WORDS = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");
    private static final String IGNORE_RESERVED_KEYWORD =
            "com.atlassian.activeobjects.external.IgnoreReservedKeyword";

    private final DevDatabase database;
    private final String namespace;
    private final String prefix;
    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();

    /**
     * An ActiveObjects for {@code namespace} over {@code database}. The database stays owned by the caller: close
     * this first, then the database.
     */
    public DevActiveObjects(DevDatabase database, String namespace) {
        this.database = Objects.requireNonNull(database, "database");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.prefix = AoTableNames.prefix(namespace);
        NameConverters nameConverters = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + "_" + name),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schemaConfiguration = (tableName, caseSensitive) -> tableName != null
                && (caseSensitive
                        ? tableName.startsWith(prefix + "_")
                        : tableName.toLowerCase(Locale.ENGLISH).startsWith(prefix.toLowerCase(Locale.ENGLISH) + "_"));
        this.provider = database.newDatabaseProvider();
        this.entityManager = new EntityManager(provider, new Configuration(nameConverters, schemaConfiguration));
    }

    /** The underlying AO entity manager (for tests and diagnostics). */
    public EntityManager entityManager() {
        return entityManager;
    }

    public DevDatabase database() {
        return database;
    }

    public String namespace() {
        return namespace;
    }

    /** {@code AO_xxxxxx}, the start of every table name of the namespace. */
    public String tablePrefix() {
        return prefix;
    }

    /** The table name AO uses for {@code type} (throws if it is longer than 30 characters). */
    public String tableName(Class<? extends RawEntity<?>> type) {
        return entityManager.getTableNameConverter().getName(type);
    }

    /** Whether the calling thread is inside {@link #executeInTransaction} of this instance. */
    public boolean isInTransaction() {
        return Boolean.TRUE.equals(inTransaction.get());
    }

    /**
     * Creates or alters the entities' tables. Call it outside {@link #executeInTransaction}: on H2 every DDL statement
     * commits the running transaction.
     */
    @Override
    @SuppressWarnings({"unchecked", "varargs"})
    public void migrate(Class<? extends RawEntity<?>>... entities) {
        validate(entities);
        synchronized (this) {
            try {
                entityManager.setPolymorphicTypeMapper(new DefaultPolymorphicTypeMapper(entities));
                entityManager.migrate(entities);
            } catch (SQLException e) {
                throw sqlFailure("migrate", e);
            }
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "varargs"})
    public void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        validate(entities);
        synchronized (this) {
            try {
                entityManager.setPolymorphicTypeMapper(new DefaultPolymorphicTypeMapper(entities));
                entityManager.migrateDestructively(entities);
            } catch (SQLException e) {
                throw sqlFailure("migrateDestructively", e);
            }
        }
    }

    /** A no-op in AO 3.2.11 (the entity manager keeps no cache; each entity object keeps its own values). */
    @Override
    @SuppressWarnings("deprecation")
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        try {
            return entityManager.get(type, key);
        } catch (SQLException e) {
            throw sqlFailure("get", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw sqlFailure("create", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw sqlFailure("create", e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw sqlFailure("delete", e);
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.deleteWithSQL(type, criteria, parameters);
        } catch (SQLException e) {
            throw sqlFailure("deleteWithSQL", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        try {
            return entityManager.find(type);
        } catch (SQLException e) {
            throw sqlFailure("find", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        try {
            return entityManager.find(type, criteria, parameters);
        } catch (SQLException e) {
            throw sqlFailure("find", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw sqlFailure("find", e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        try {
            entityManager.stream(type, query, callback);
        } catch (SQLException e) {
            throw sqlFailure("stream", e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        try {
            return entityManager.count(type);
        } catch (SQLException e) {
            throw sqlFailure("count", e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        try {
            return entityManager.count(type, criteria, parameters);
        } catch (SQLException e) {
            throw sqlFailure("count", e);
        }
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        try {
            return entityManager.count(type, query);
        } catch (SQLException e) {
            throw sqlFailure("count", e);
        }
    }

    /**
     * Runs {@code callback} in one database transaction on one connection: everything this ActiveObjects does on
     * the calling thread until the callback returns (create, get, find, count, stream, delete, deleteWithSQL, and
     * {@code save()} of entity objects) commits when it returns and rolls back when it throws; the callback's
     * exception (RuntimeException or Error) reaches the caller unchanged, even when the rollback fails too (that
     * failure is added as suppressed). A failing commit is an {@link ActiveObjectsException}.
     *
     * <p>How: AO's {@code DatabaseProvider.startTransaction()} binds a connection with auto-commit off to the
     * calling thread, and every {@code provider.getConnection()} on that thread (which is how the entity manager
     * and entity proxies reach the database) returns it, not closable, until {@code commitTransaction} or
     * {@code rollbackTransaction}; so each thread's transaction has its own connection while other threads keep
     * drawing other connections from the pool. This is what AO's {@link net.java.ao.Transaction} does (and the AO
     * plugin's {@code EntityManagedTransactionManager}; inside Jira the host's SAL transaction plays this part); it
     * is spelled out here only to set the isolation level and to keep the callback's exception if rollback fails.
     *
     * <p>Nested calls on the same thread join the outer transaction (the callback just runs); an exception that
     * leaves the outer callback rolls back the inner work too. An inner exception that the outer callback catches
     * does NOT roll anything back by itself (on PostgreSQL the transaction is unusable after a failed statement
     * anyway). Work handed to other threads is not part of the transaction.
     *
     * <p>Isolation: READ_COMMITTED, the default of Jira's connection pool on PostgreSQL, unless system property
     * {@value #ISOLATION_PROPERTY} is set. AO's own default would be SERIALIZABLE, under which PostgreSQL aborts
     * concurrent writers with serialization failures (SQLState 40001) that the products' READ_COMMITTED host
     * transactions do not raise, so code tested here would meet different failures than in Jira.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        if (isInTransaction()) {
            return callback.doInTransaction();
        }
        Connection connection;
        try {
            connection = provider.startTransaction();
        } catch (SQLException e) {
            throw sqlFailure("begin transaction", e);
        }
        inTransaction.set(Boolean.TRUE);
        boolean committed = false;
        Throwable failure = null;
        try {
            if (System.getProperty(ISOLATION_PROPERTY) == null) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            T result = callback.doInTransaction();
            provider.commitTransaction(connection);
            committed = true;
            return result;
        } catch (SQLException e) {
            failure = sqlFailure("transaction (isolation or commit)", e);
            throw (ActiveObjectsException) failure;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            inTransaction.remove();
            if (!committed) {
                try {
                    provider.rollbackTransaction(connection);
                } catch (SQLException | RuntimeException e) {
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                }
            }
            release(connection);
        }
    }

    /** Ends the thread's binding: a closed transaction connection is what the provider drops on next use. */
    private static void release(Connection connection) {
        if (connection instanceof DelegateConnection) {
            ((DelegateConnection) connection).setCloseable(true);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // the pool discards it
        }
    }

    /** Disposes the AO provider; does not close the {@link DevDatabase}. */
    @Override
    public void close() {
        provider.dispose();
    }

    @Override
    public String toString() {
        return "DevActiveObjects[" + namespace + " -> " + prefix + "_*, " + database + "]";
    }

    private ActiveObjectsException sqlFailure(String operation, SQLException e) {
        return new ActiveObjectsException("AO " + operation + " failed on " + database.kind() + " (SQLState "
                + e.getSQLState() + "): " + e.getMessage(), e);
    }

    private void validate(Class<? extends RawEntity<?>>[] entities) {
        if (entities.length > MAX_ENTITIES) {
            throw new ActiveObjectsException("Plugins are allowed no more than " + MAX_ENTITIES + " entities!");
        }
        for (Class<? extends RawEntity<?>> type : entities) {
            String table = tableName(type);
            if (RESERVED_WORDS.contains(table.toUpperCase(Locale.ENGLISH))) {
                throw new ActiveObjectsException("Entity class '" + type.getName() + "' table name is " + table
                        + " which is a reserved word!");
            }
            for (Method method : type.getMethods()) {
                if (!(Common.isAccessor(method) || Common.isMutator(method)) || method.isAnnotationPresent(Ignore.class)
                        || hasAnnotationNamed(method, IGNORE_RESERVED_KEYWORD)) {
                    continue;
                }
                String column = entityManager.getFieldNameConverter().getName(method);
                if (column != null && RESERVED_WORDS.contains(column.toUpperCase(Locale.ENGLISH))) {
                    throw new ActiveObjectsException("Method '" + method + "' column name is " + column
                            + " which is a reserved word!");
                }
                if (column != null && database.isUnusableH2Identifier(provider.processID(column))) {
                    throw new ActiveObjectsException("Method '" + method + "' column name is " + column
                            + ", a keyword of H2 2.x that AO 3.2.11 does not quote, so the dev host's H2 cannot"
                            + " create it; it is a reserved word in SQL generally: rename the column (e.g. with"
                            + " @Accessor/@Mutator or a longer getter name)");
                }
            }
        }
    }

    private static boolean hasAnnotationNamed(Method method, String annotationName) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }

    /** The entity manager configuration of the AO plugin's {@code EntityManagerFactoryImpl}. */
    private static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters nameConverters;
        private final SchemaConfiguration schemaConfiguration;
        private final EntityInfoResolverFactory entityInfoResolverFactory = new CachingEntityInfoResolverFactory();

        Configuration(NameConverters nameConverters, SchemaConfiguration schemaConfiguration) {
            this.nameConverters = nameConverters;
            this.schemaConfiguration = schemaConfiguration;
        }

        @Override
        @Deprecated
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return schemaConfiguration;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfoResolverFactory;
        }
    }
}
