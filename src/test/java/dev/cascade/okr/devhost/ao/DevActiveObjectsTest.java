package dev.cascade.okr.devhost.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.Table;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@link DevActiveObjects} on H2 2.x: the shared contract on in-memory databases, plus the file database. */
@SuppressWarnings("unchecked") // ActiveObjects.migrate(Class...) is not @SafeVarargs in the AO plugin
public class DevActiveObjectsTest extends DevActiveObjectsContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Override
    protected DevDatabase openDatabase(String uniqueName) {
        return DevDatabase.h2Memory(uniqueName.replaceAll("[^A-Za-z0-9_]", "_") + "_" + SEQUENCE.incrementAndGet());
    }

    @Test
    public void shouldKeepRowsWhenFileDatabaseIsClosedAndReopened() throws Exception {
        Path dir = tmp.newFolder("data").toPath();
        int id;
        try (DevDatabase file = DevDatabase.h2File(dir);
                DevActiveObjects fileAo = new DevActiveObjects(file, NAMESPACE)) {
            fileAo.migrate(SampleOwnerAo.class, SampleNoteAo.class);
            id = fileAo.executeInTransaction(
                    () -> fileAo.create(SampleNoteAo.class, new DBParam("TITLE", "durable")).getID());
        }
        assertTrue(Files.exists(dir.resolve("cascade.mv.db")));

        try (DevDatabase file = DevDatabase.h2File(dir);
                DevActiveObjects fileAo = new DevActiveObjects(file, NAMESPACE)) {
            fileAo.migrate(SampleOwnerAo.class, SampleNoteAo.class);
            assertEquals(1, fileAo.count(SampleNoteAo.class));
            SampleNoteAo read = fileAo.get(SampleNoteAo.class, id);
            assertEquals("durable", read.getTitle());
            assertNull(read.getScore());

            file.reset();
        }

        try (DevDatabase file = DevDatabase.h2File(dir);
                DevActiveObjects fileAo = new DevActiveObjects(file, NAMESPACE)) {
            fileAo.migrate(SampleOwnerAo.class, SampleNoteAo.class);
            assertEquals("reset survives a restart", 0, fileAo.count(SampleNoteAo.class));
        }
    }

    @Test
    public void shouldExplainRefusalWhenColumnIsH2KeywordThatCannotBeFreed() {
        assertMigrationRefused(UserColumnAo.class, "H2 2.x cannot create an unquoted column USER",
                "column name is USER, a keyword of H2 2.x");
    }

    @Test
    public void shouldComputeTableNameWhenGivenNamespaceAndTableValue() throws Exception {
        assertEquals(expectedTableName("OBJECTIVE"), AoTableNames.tableName(NAMESPACE, "OBJECTIVE"));
        assertEquals(expectedTableName("KEY_RESULT"), AoTableNames.tableName(NAMESPACE, "keyResult"));
        assertEquals(expectedTableName("X").substring(0, 9), AoTableNames.prefix(NAMESPACE));
    }

    @Test(expected = IllegalArgumentException.class)
    public void shouldRefuseTableNameWhenLongerThanThirtyCharacters() {
        AoTableNames.tableName(NAMESPACE, "A_TABLE_NAME_OF_21_CH");
    }

    /** A column AO 3.2.11 leaves unquoted and H2 2.x keeps reserved even under NON_KEYWORDS. */
    @Table("USER_COL")
    public interface UserColumnAo extends Entity {
        String getUser();

        void setUser(String user);
    }
}
