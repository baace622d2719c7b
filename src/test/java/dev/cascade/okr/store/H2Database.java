package dev.cascade.okr.store;

import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.rules.ExternalResource;

/**
 * A fresh in-memory H2 database with the given entities migrated, for each test of a class that checks more than one
 * store on the real Active Objects library (a service over its stores), as a JUnit {@code @Rule}: {@link #ao()} is
 * open from before the test's {@code @Before} until after its {@code @After}. Store tests themselves extend
 * {@link StoreTest}, which also runs them on PostgreSQL.
 */
public final class H2Database extends ExternalResource {

    private final List<Class<? extends RawEntity<?>>> entities;
    private DevDatabase database;
    private DevActiveObjects ao;

    /** A database with these entities' tables. */
    @SafeVarargs
    public H2Database(Class<? extends RawEntity<?>>... entities) {
        this.entities = List.of(entities);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void before() {
        database = StoreDatabases.open(StoreDatabases.H2);
        ao = StoreDatabases.activeObjects(database, entities.toArray(new Class[0]));
    }

    @Override
    protected void after() {
        ao.close();
        database.close();
    }

    /** Active Objects over the running test's database. */
    public DevActiveObjects ao() {
        return ao;
    }
}
