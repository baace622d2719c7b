package dev.cascade.okr.devhost.ao;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.schema.Table;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;

/**
 * The contract of {@link DevActiveObjects} on one database engine; subclasses say which ({@link #openDatabase}).
 * Every test gets a database without tables, and {@link SampleOwnerAo} and {@link SampleNoteAo} migrated.
 */
@SuppressWarnings("unchecked") // ActiveObjects.migrate(Class...) is not @SafeVarargs in the AO plugin
public abstract class DevActiveObjectsContract {

    static final String NAMESPACE = "dev.cascade.okr";
    private static final long WAIT_SECONDS = 20;

    @Rule
    public final TestName testName = new TestName();

    protected DevDatabase db;
    protected DevActiveObjects ao;
    private ExecutorService threads;

    /** A database for the test {@code uniqueName}, without any table. */
    protected abstract DevDatabase openDatabase(String uniqueName) throws Exception;

    @Before
    public void setUpDatabase() throws Exception {
        threads = Executors.newCachedThreadPool();
        db = openDatabase(getClass().getSimpleName() + "_" + testName.getMethodName());
        ao = new DevActiveObjects(db, NAMESPACE);
        ao.migrate(SampleOwnerAo.class, SampleNoteAo.class);
    }

    @After
    public void tearDownDatabase() throws Exception {
        threads.shutdownNow();
        if (ao != null) {
            ao.close();
        }
        if (db != null) {
            db.close();
        }
    }

    // ---- names and schema ----

    @Test
    public void shouldCreateAtlassianPrefixedTablesWhenMigrating() throws Exception {
        String noteTable = expectedTableName("SAMPLE_NOTE");
        String ownerTable = expectedTableName("SAMPLE_OWNER");

        assertThat(tableNames(), hasItems(noteTable, ownerTable));
        assertEquals(noteTable, AoTableNames.tableName(NAMESPACE, "SAMPLE_NOTE"));
        assertEquals(noteTable, AoTableNames.tableName(NAMESPACE, "sampleNote"));
        assertEquals(noteTable, ao.tableName(SampleNoteAo.class));
        assertEquals(noteTable.substring(0, 9), ao.tablePrefix());
    }

    @Test
    public void shouldRenderColumnsIndexAndForeignKeyWhenMigrating() throws Exception {
        String noteTable = expectedTableName("SAMPLE_NOTE");
        Map<String, Boolean> nullableByColumn = new HashMap<>();
        Set<String> indexedColumns = new HashSet<>();
        String fkTarget = null;
        String fkColumn = null;
        try (Connection c = db.connection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getColumns(null, db.schema(), noteTable, null)) {
                while (rs.next()) {
                    nullableByColumn.put(rs.getString("COLUMN_NAME"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                }
            }
            try (ResultSet rs = md.getIndexInfo(null, db.schema(), noteTable, false, false)) {
                while (rs.next()) {
                    indexedColumns.add(rs.getString("COLUMN_NAME"));
                }
            }
            try (ResultSet rs = md.getImportedKeys(null, db.schema(), noteTable)) {
                while (rs.next()) {
                    fkTarget = rs.getString("PKTABLE_NAME");
                    fkColumn = rs.getString("FKCOLUMN_NAME");
                }
            }
        }

        assertThat(nullableByColumn.keySet(),
                containsInAnyOrder("ID", "TITLE", "BODY", "VERSION", "DUE_DATE", "SCORE", "OWNER_ID"));
        assertFalse("TITLE is @NotNull", nullableByColumn.get("TITLE"));
        assertTrue("AO 3.2.11 leaves a primitive's column nullable (with DEFAULT 0)", nullableByColumn.get("VERSION"));
        assertTrue("SCORE is nullable", nullableByColumn.get("SCORE"));
        assertThat(indexedColumns, hasItem("TITLE"));
        assertEquals(expectedTableName("SAMPLE_OWNER"), fkTarget);
        assertEquals("OWNER_ID", fkColumn);
    }

    /** Migrating the entity is refused with a message that says why. */
    protected void assertMigrationRefused(Class<? extends Entity> entity, String refusal, String why) {
        ActiveObjectsException expected = assertThrows(refusal, ActiveObjectsException.class,
                () -> ao.migrate(entity));
        assertThat(expected.getMessage(), containsString(why));
    }

    @Test
    public void shouldRejectEntityWhenColumnIsOracleReservedWord() {
        assertMigrationRefused(ReservedColumnAo.class, "NUMBER is refused by the AO plugin", "reserved word");
    }

    @Test
    public void shouldStoreAndQueryColumnsWhenNamedAfterH2Keywords() {
        ao.migrate(KeywordColumnsAo.class);
        KeywordColumnsAo row = ao.create(KeywordColumnsAo.class, new DBParam("KEY", "k1"), new DBParam("YEAR", 2025));
        row.setValue("v1");
        row.setDefault(true);
        row.setEnd(new Date(1_750_000_000_000L));
        row.save();
        ao.create(KeywordColumnsAo.class, new DBParam("KEY", "k2"), new DBParam("YEAR", 2024));

        KeywordColumnsAo[] found = ao.find(KeywordColumnsAo.class,
                Query.select().where("KEY = ? AND YEAR > ? AND DEFAULT = ?", "k1", 2000, true).order("END DESC"));

        assertEquals(1, found.length);
        assertEquals("v1", found[0].getValue());
        assertEquals(2, ao.find(KeywordColumnsAo.class, Query.select().order("YEAR, KEY")).length);
        assertEquals(1, ao.count(KeywordColumnsAo.class, "VALUE = ?", "v1"));
    }

    // ---- CRUD ----

    @Test
    public void shouldReadBackEveryColumnWhenCreatedWithParams() {
        SampleOwnerAo owner = ao.create(SampleOwnerAo.class, new DBParam("NAME", "Ada"));
        Date due = new Date(1_700_000_000_123L);
        String body = "x".repeat(20_000);
        Map<String, Object> params = new HashMap<>();
        params.put("TITLE", "first");
        params.put("BODY", body);
        params.put("VERSION", 7L);
        params.put("DUE_DATE", due);
        params.put("SCORE", 2.5d);
        params.put("OWNER_ID", owner.getID());
        SampleNoteAo created = ao.create(SampleNoteAo.class, params);
        ao.flushAll();

        SampleNoteAo read = ao.get(SampleNoteAo.class, created.getID());

        assertEquals("first", read.getTitle());
        assertEquals(body, read.getBody());
        assertEquals(7L, read.getVersion());
        assertEquals(due, read.getDueDate());
        assertEquals(Double.valueOf(2.5d), read.getScore());
        assertEquals(owner.getID(), read.getOwner().getID());
        assertEquals("Ada", read.getOwner().getName());
    }

    @Test
    public void shouldReturnNullWhenNullableDoubleWasNeverSet() {
        SampleNoteAo created = note("no score");
        ao.flushAll();

        SampleNoteAo read = ao.find(SampleNoteAo.class, Query.select().where("TITLE = ?", "no score"))[0];

        assertEquals(created.getID(), read.getID());
        assertNull(read.getScore());
        assertNull(read.getDueDate());
        assertNull(read.getOwner());
    }

    @Test
    public void shouldReadZeroWhenPrimitiveWasNeverSet() {
        SampleNoteAo created = note("no version");
        ao.flushAll();

        assertEquals(0L, ao.get(SampleNoteAo.class, created.getID()).getVersion());
        assertEquals(1, ao.count(SampleNoteAo.class, "VERSION = ?", 0L));
    }

    @Test
    public void shouldReturnNullWhenNullableDoubleIsSavedAsNull() {
        SampleNoteAo created = note("score reset");
        created.setScore(4.0);
        created.save();
        created.setScore(null);
        created.save();
        ao.flushAll();

        assertNull(ao.get(SampleNoteAo.class, created.getID()).getScore());
    }

    @Test
    public void shouldFindCountAndDeleteWhenQueryingByTitle() {
        note("alpha");
        note("beta");
        note("beta");

        assertEquals(3, ao.count(SampleNoteAo.class));
        assertEquals(2, ao.count(SampleNoteAo.class, "TITLE = ?", "beta"));
        assertEquals(2, ao.count(SampleNoteAo.class, Query.select().where("TITLE = ?", "beta")));
        assertEquals(2, ao.find(SampleNoteAo.class, Query.select().where("TITLE = ?", "beta")).length);
        assertEquals(1, ao.find(SampleNoteAo.class, "TITLE = ?", "alpha").length);
        assertEquals(3, ao.find(SampleNoteAo.class).length);
        SampleNoteAo[] ordered = ao.find(SampleNoteAo.class, Query.select().order("TITLE DESC, ID").limit(2));
        assertEquals("beta", ordered[0].getTitle());
        assertTrue(ordered[0].getID() < ordered[1].getID());

        ao.delete(ao.find(SampleNoteAo.class, "TITLE = ?", "alpha"));
        assertEquals(2, ao.count(SampleNoteAo.class));
        assertEquals(2, ao.deleteWithSQL(SampleNoteAo.class, "TITLE = ?", "beta"));
        assertEquals(0, ao.count(SampleNoteAo.class));
    }

    @Test
    public void shouldVisitEveryRowWhenStreaming() {
        note("one");
        note("two");
        List<String> titles = new ArrayList<>();
        EntityStreamCallback<SampleNoteAo, Integer> collect = n -> titles.add(n.getTitle());

        ao.stream(SampleNoteAo.class, Query.select("ID, TITLE").order("ID"), collect);

        assertEquals(List.of("one", "two"), titles);
    }

    // ---- transactions ----

    @Test
    public void shouldLeaveNoTraceWhenTransactionCallbackThrows() {
        SampleNoteAo existing = note("before");
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException e = assertThrows("the callback's exception must propagate",
                IllegalStateException.class, () -> ao.executeInTransaction(() -> {
                    note("inside 1");
                    ao.create(SampleOwnerAo.class, new DBParam("NAME", "inside"));
                    existing.setTitle("changed inside");
                    existing.save();
                    ao.deleteWithSQL(SampleNoteAo.class, "TITLE = ?", "nothing");
                    assertTrue(ao.isInTransaction());
                    throw failure;
                }));
        assertSame(failure, e);

        assertFalse(ao.isInTransaction());
        assertEquals(1, ao.count(SampleNoteAo.class));
        assertEquals(0, ao.count(SampleOwnerAo.class));
        assertEquals("before", titleInDatabase(existing.getID()));
        assertEquals("before", ao.get(SampleNoteAo.class, existing.getID()).getTitle());
        assertEquals("AO quirk: an entity object keeps the values set on it, even when they were rolled back",
                "changed inside", existing.getTitle());
    }

    @Test
    public void shouldRollBackDeletesWhenTransactionCallbackThrows() {
        note("keep me");

        UnsupportedOperationException expected = assertThrows("expected the callback's exception",
                UnsupportedOperationException.class, () -> ao.executeInTransaction(() -> {
                    ao.deleteWithSQL(SampleNoteAo.class, "TITLE = ?", "keep me");
                    assertEquals(0, ao.count(SampleNoteAo.class));
                    throw new UnsupportedOperationException("undo");
                }));
        assertEquals("undo", expected.getMessage());

        assertEquals(1, ao.count(SampleNoteAo.class));
    }

    @Test
    public void shouldShowRowsToOtherThreadsOnlyWhenTransactionHasCommitted() throws Exception {
        SampleNoteAo existing = note("old title");

        int createdId = ao.executeInTransaction(() -> {
            SampleNoteAo n = note("committed");
            existing.setTitle("new title");
            existing.save();
            assertEquals("not visible before commit", Integer.valueOf(0),
                    onOtherThread(() -> ao.count(SampleNoteAo.class, "TITLE = ?", "committed")));
            assertEquals("old title", onOtherThread(() -> titleInDatabase(existing.getID())));
            return n.getID();
        });

        assertEquals(Integer.valueOf(1), onOtherThread(() -> ao.count(SampleNoteAo.class, "TITLE = ?", "committed")));
        assertEquals("new title", onOtherThread(() -> titleInDatabase(existing.getID())));
        assertEquals("committed", onOtherThread(() -> ao.get(SampleNoteAo.class, createdId).getTitle()));
    }

    @Test
    public void shouldIsolateUncommittedRowsWhenTwoThreadsRunTransactionsConcurrently() throws Exception {
        // every count happens while both transactions are open: neither commits before "release"
        CountDownLatch aCreated = new CountDownLatch(1);
        CountDownLatch bCreatedAndCounted = new CountDownLatch(1);
        CountDownLatch aCounted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<Integer> a = threads.submit(() -> ao.executeInTransaction(() -> {
            note("from a");
            aCreated.countDown();
            await(bCreatedAndCounted);
            int seen = ao.count(SampleNoteAo.class);
            aCounted.countDown();
            await(release);
            return seen;
        }));
        Future<Integer> b = threads.submit(() -> ao.executeInTransaction(() -> {
            await(aCreated);
            note("from b");
            int seen = ao.count(SampleNoteAo.class);
            bCreatedAndCounted.countDown();
            await(release);
            return seen;
        }));
        await(aCounted);
        int seenOutside = ao.count(SampleNoteAo.class);
        release.countDown();

        assertEquals("a sees only its own row", 1, a.get(WAIT_SECONDS, TimeUnit.SECONDS).intValue());
        assertEquals("b sees only its own row", 1, b.get(WAIT_SECONDS, TimeUnit.SECONDS).intValue());
        assertEquals("nothing committed yet", 0, seenOutside);
        assertEquals(2, ao.count(SampleNoteAo.class));
        assertEquals(1, ao.count(SampleNoteAo.class, "TITLE = ?", "from a"));
        assertEquals(1, ao.count(SampleNoteAo.class, "TITLE = ?", "from b"));
    }

    @Test
    public void shouldCommitEveryWriterWhenManyThreadsWriteConcurrently() throws Exception {
        int writers = 16;
        int notesEach = 5;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String title = "writer " + w;
            results.add(threads.submit(() -> {
                await(start);
                for (int i = 0; i < notesEach; i++) {
                    ao.executeInTransaction(() -> {
                        SampleNoteAo n = note(title);
                        n.setVersion(n.getVersion() + 1);
                        n.save();
                        return null;
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<Void> r : results) {
            r.get(60, TimeUnit.SECONDS);
        }

        assertEquals(writers * notesEach, ao.count(SampleNoteAo.class));
        assertEquals(writers * notesEach, ao.count(SampleNoteAo.class, "VERSION = ?", 1L));
    }

    @Test
    public void shouldRollBackNestedWorkWhenOuterCallbackThrows() {
        RuntimeException failure = new RuntimeException("outer fails");

        RuntimeException e = assertThrows("expected the outer callback's exception",
                RuntimeException.class, () -> ao.executeInTransaction(() -> {
                    note("outer");
                    String inner = ao.executeInTransaction(() -> note("inner").getTitle());
                    assertEquals("inner", inner);
                    throw failure;
                }));
        assertSame(failure, e);

        assertEquals(0, ao.count(SampleNoteAo.class));
    }

    @Test
    public void shouldCommitNestedWorkOnlyWithOuterTransactionWhenNested() throws Exception {
        ao.executeInTransaction(() -> {
            ao.executeInTransaction(() -> note("inner"));
            assertTrue("still in the outer transaction", ao.isInTransaction());
            assertEquals("inner did not commit by itself", Integer.valueOf(0),
                    onOtherThread(() -> ao.count(SampleNoteAo.class)));
            return null;
        });

        assertEquals(Integer.valueOf(1), onOtherThread(() -> ao.count(SampleNoteAo.class)));
    }

    @Test
    public void shouldRollBackInnerFailureWhenOuterRethrowsIt() {
        IllegalArgumentException expected = assertThrows("expected the inner callback's exception",
                IllegalArgumentException.class, () -> ao.executeInTransaction(() -> {
                    note("outer");
                    return ao.executeInTransaction(() -> {
                        note("inner");
                        throw new IllegalArgumentException("inner fails");
                    });
                }));
        assertEquals("inner fails", expected.getMessage());

        assertEquals(0, ao.count(SampleNoteAo.class));
    }

    @Test
    public void shouldRunNextTransactionNormallyWhenPreviousRolledBack() {
        try {
            ao.executeInTransaction(() -> {
                note("lost");
                throw new IllegalStateException("first fails");
            });
        } catch (IllegalStateException expected) {
            // next
        }

        ao.executeInTransaction(() -> note("kept"));
        note("outside");

        assertEquals(2, ao.count(SampleNoteAo.class));
        assertEquals(0, ao.count(SampleNoteAo.class, "TITLE = ?", "lost"));
    }

    // ---- reset ----

    @Test
    public void shouldDropEveryTableWhenReset() throws Exception {
        note("doomed");
        ao.create(SampleOwnerAo.class, new DBParam("NAME", "doomed"));

        db.reset();

        assertTrue(tableNames().isEmpty());
        ao.migrate(SampleOwnerAo.class, SampleNoteAo.class);
        assertEquals(0, ao.count(SampleNoteAo.class));
        assertEquals(0, ao.count(SampleOwnerAo.class));
    }

    // ---- helpers ----

    /** The expected name, computed without AoTableNames: AO_ + last 6 hex digits of MD5(namespace) + _ + value. */
    static String expectedTableName(String tableValue) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(NAMESPACE.getBytes(StandardCharsets.UTF_8));
        String hex = String.format("%032x", new BigInteger(1, md5));
        return "AO_" + hex.substring(26).toUpperCase() + "_" + tableValue;
    }

    protected SampleNoteAo note(String title) {
        return ao.create(SampleNoteAo.class, new DBParam("TITLE", title));
    }

    /** Table names in the database's schema, read by JDBC. */
    protected Set<String> tableNames() throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = db.connection();
                ResultSet rs = c.getMetaData().getTables(null, db.schema(), null, null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && type.toUpperCase().contains("TABLE") && !type.toUpperCase().contains("SYSTEM")) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    /** The committed title, read by plain JDBC. */
    protected String titleInDatabase(int id) {
        String sql = "SELECT \"TITLE\" FROM " + quotedTable() + " WHERE \"ID\" = ?";
        try (Connection c = db.connection(); var ps = c.prepareStatement(sql)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String quotedTable() {
        return db.schema() + ".\"" + ao.tableName(SampleNoteAo.class) + "\"";
    }

    protected <T> T onOtherThread(Callable<T> work) {
        try {
            return threads.submit(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("work on another thread failed", e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            assertTrue("timed out waiting for the other thread", latch.await(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Columns named after words H2 2.x reserves (the dev host's H2 frees them with NON_KEYWORDS). */
    @Table("KEYWORD_COLS")
    public interface KeywordColumnsAo extends Entity {
        String getKey();

        void setKey(String key);

        String getValue();

        void setValue(String value);

        int getYear();

        void setYear(int year);

        boolean isDefault();

        void setDefault(boolean isDefault);

        Date getEnd();

        void setEnd(Date end);
    }

    /** An entity the AO plugin refuses: its column NUMBER is an Oracle reserved word. */
    @Table("RESERVED_COL")
    public interface ReservedColumnAo extends Entity {
        int getNumber();

        void setNumber(int number);
    }
}
