package dev.cascade.okr.store;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
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

    /** Alice, who writes in the store tests. */
    protected static final UserRef ALICE = new UserRef("alice");
    /** Bob, who writes where a second person is needed. */
    protected static final UserRef BOB = new UserRef("bob");

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

    /**
     * Writes for key results 1 to {@code count} through {@code write} (given each one's id and number), as a test of a
     * batched read (more ids than one SQL {@code IN} list holds) needs them; answers their ids, in a set the test may
     * add unknown ones to.
     */
    protected static Set<KeyResultId> writtenFor(int count, ObjIntConsumer<KeyResultId> write) {
        Set<KeyResultId> ids = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            KeyResultId id = new KeyResultId(i);
            ids.add(id);
            write.accept(id, i);
        }
        return ids;
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
