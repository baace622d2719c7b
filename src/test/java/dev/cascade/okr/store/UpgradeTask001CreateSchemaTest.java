package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ModelVersion;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.ao.AoTableNames;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import dev.cascade.okr.devhost.ao.DevUpgradeTasks;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Model version 1 on an empty database, as a customer's first install runs it, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class UpgradeTask001CreateSchemaTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return StoreDatabases.parameters();
    }

    private final String kind;
    private DevDatabase database;
    private Path versionFile;

    public UpgradeTask001CreateSchemaTest(String kind) {
        this.kind = kind;
    }

    @Before
    public void setUp() throws Exception {
        database = StoreDatabases.open(kind);
        versionFile = Files.createTempDirectory("ao-version").resolve("ao-model-version");
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void shouldCreateEveryTableAndStoreVersionOneWhenInstalledFresh() throws Exception {
        DevActiveObjects ao = new DevActiveObjects(database, "dev.cascade.okr");
        DevUpgradeTasks upgrades = new DevUpgradeTasks(versionFile);

        List<ModelVersion> ran = upgrades.run(List.of(new UpgradeTask001CreateSchema()), ao);

        assertEquals(List.of(ModelVersion.valueOf("1")), ran);
        assertEquals(ModelVersion.valueOf("1"), upgrades.storedVersion());
        Set<String> tables = tables();
        for (Class<? extends RawEntity<?>> entity : UpgradeTask001CreateSchema.ENTITIES) {
            String expected = AoTableNames.tableName("dev.cascade.okr", entity.getAnnotation(Table.class).value());
            assertTrue(expected + " missing from " + tables, tables.contains(expected));
        }
        ao.create(VersionClaimAo.class, new DBParam("CLAIM", "OBJECTIVE:1:2"));
        assertEquals(1, ao.count(VersionClaimAo.class));
    }

    @Test
    public void shouldRunNothingWhenVersionOneIsAlreadyStored() {
        DevActiveObjects ao = new DevActiveObjects(database, "dev.cascade.okr");
        DevUpgradeTasks upgrades = new DevUpgradeTasks(versionFile);
        upgrades.run(List.of(new UpgradeTask001CreateSchema()), ao);
        ao.create(VersionClaimAo.class, new DBParam("CLAIM", "KEEP:1:1"));

        List<ModelVersion> ran = upgrades.run(List.of(new UpgradeTask001CreateSchema()), ao);

        assertEquals(List.of(), ran);
        assertEquals(1, ao.count(VersionClaimAo.class));
    }

    @Test
    public void shouldCreateExactlyTheEntitiesTheDescriptorDeclaresWhenItRuns() {
        Set<String> declared = new TreeSet<>(PluginDescriptor.read(getClass().getClassLoader(), "jira").entities());
        Set<String> created = new TreeSet<>();
        for (Class<?> entity : UpgradeTask001CreateSchema.ENTITIES) {
            created.add(entity.getName());
        }

        assertEquals(declared, created);
    }

    private Set<String> tables() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection connection = database.connection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "AO_%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
