package dev.cascade.okr.store;

import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.util.Collection;
import java.util.List;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * A store test run once per database kind ({@link StoreDatabases#parameters()}: H2, and PostgreSQL when configured):
 * a fresh database with the given entities migrated before each test ({@link #ao}), closed after it. A subclass
 * names its entities in its constructor and builds its store in its own {@code @Before}, which runs after this one.
 */
@RunWith(Parameterized.class)
public abstract class StoreTest {

    private final String kind;
    private final List<Class<? extends RawEntity<?>>> entities;
    /** The database of the running test. */
    protected DevDatabase database;
    /** Active Objects over it, with the entities migrated. */
    protected DevActiveObjects ao;

    /** Runs on database {@code kind} with these entities. */
    @SafeVarargs
    protected StoreTest(String kind, Class<? extends RawEntity<?>>... entities) {
        this.kind = kind;
        this.entities = List.of(entities);
    }

    /** The database kinds. */
    @Parameterized.Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return StoreDatabases.parameters();
    }

    @Before
    @SuppressWarnings("unchecked")
    public final void openDatabase() {
        database = StoreDatabases.open(kind);
        ao = StoreDatabases.activeObjects(database, entities.toArray(new Class[0]));
    }

    @After
    public final void closeDatabase() {
        ao.close();
        database.close();
    }
}
