package dev.cascade.okr.store;

import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import net.java.ao.RawEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * A store test run once per database kind ({@link StoreDatabases#parameters()}: H2, and PostgreSQL when configured):
 * a fresh database with the given entities migrated before each test ({@link #ao}), the store under test built on it
 * ({@link #store}), and both closed after it. A subclass names its store and its entities in its constructor; one that
 * builds its store(s) itself does so in its own {@code @Before}, which runs after this one.
 *
 * @param <S> the store under test
 */
@RunWith(Parameterized.class)
public abstract class StoreTest<S> {

    private final String kind;
    private final Function<? super DevActiveObjects, ? extends S> newStore;
    private final List<Class<? extends RawEntity<?>>> entities;
    /** The database of the running test. */
    protected DevDatabase database;
    /** Active Objects over it, with the entities migrated. */
    protected DevActiveObjects ao;
    /** The store under test, on {@link #ao}. */
    protected S store;

    /** Runs on database {@code kind} with these entities; the subclass builds its store(s) itself. */
    @SafeVarargs
    protected StoreTest(String kind, Class<? extends RawEntity<?>>... entities) {
        this(kind, activeObjects -> null, List.of(entities));
    }

    /** Runs {@code newStore} on database {@code kind} with these entities. */
    @SafeVarargs
    protected StoreTest(String kind, Function<? super DevActiveObjects, ? extends S> newStore,
            Class<? extends RawEntity<?>>... entities) {
        this(kind, newStore, List.of(entities));
    }

    /** Runs {@code newStore} on database {@code kind} with these entities (a shared list, such as the goal tables). */
    protected StoreTest(String kind, Function<? super DevActiveObjects, ? extends S> newStore,
            List<Class<? extends RawEntity<?>>> entities) {
        this.kind = kind;
        this.newStore = newStore;
        this.entities = List.copyOf(entities);
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
        store = newStore.apply(ao);
    }

    @After
    public final void closeDatabase() {
        ao.close();
        database.close();
    }
}
