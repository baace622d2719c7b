package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.AuditEntry;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.CadenceSetting;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.settings.SettingAuditAo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Test;

/**
 * The administration settings of issue 14 on the real Active Objects library, on H2 and PostgreSQL: level names in two
 * languages (and schemes stored with one), the cadence and default weights as audited text settings, and changes of
 * who manages whom in the audit list, in the change's own transaction.
 */
public class AoAdminSettingsStoreTest extends StoreTest<SettingsStore> {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");
    private static final UserRef ADMIN = new UserRef("admin");

    private AoPeopleStore people;

    /** Runs on one database kind. */
    public AoAdminSettingsStoreTest(String kind) {
        super(kind, AoSettingsStore::new, SettingAo.class, VersionClaimAo.class, SettingAuditAo.class,
                ManagerAo.class, PersonAo.class);
    }

    /** The people store over the same database. */
    @Before
    public void openPeople() {
        people = new AoPeopleStore(ao);
    }

    @Test
    public void shouldReadBackBothNamesOfEveryLevelWhenSaved() {
        LevelScheme levels = LevelScheme.of(List.of("group", "squad"), List.of("Group; HQ", "Squad"),
                List.of("集团：总部", "小组 %20"), 4).value();

        store.putLevelScheme(0, levels, ADMIN, NOW);

        assertEquals(List.of(new Level("group", "Group; HQ", "集团：总部", 0), new Level("squad", "Squad", "小组 %20", 1)),
                store.levelScheme().value().levels());
        String changes = store.audit(0, 1).entries().get(0).changes();
        assertTrue(changes, changes.contains("levelsZh: \u2014 \u2192 group:集团：总部,squad:小组 %20"));
    }

    @Test
    public void shouldUseTheOtherNameWhenASchemeWasStoredWithOneNamePerLevel() {
        SettingAo row = ao.create(SettingAo.class, new DBParam("SETTING_NAME", AoSettingsStore.LEVEL_SCHEME),
                new DBParam("VERSION", 3L), new DBParam("UPDATED_BY", "admin"),
                new DBParam("UPDATED_AT", java.util.Date.from(NOW)));
        // As written before level names had two languages: no levelsZh.
        row.setSettingText("v1;depth=6;levels=company%3AHolding%2Cteam%3A%25E5%259B%25A2%25E9%2598%259F");
        row.save();

        SettingsStore.Setting<LevelScheme> read = store.levelScheme();

        assertTrue(read.problems().toString(), read.isReadable());
        assertEquals(3, read.version());
        assertEquals(List.of(new Level("company", "Holding", "Holding", 0), new Level("team", "团队", "团队", 1)),
                read.value().levels());
    }

    @Test
    public void shouldAuditTheCadenceAndTheDefaultWeightsWhenSaved() {
        store.putText(SettingsStore.CHECK_IN_CADENCE, 0, CadenceSetting.WEEKLY.code(), ADMIN, NOW);
        store.putText(SettingsStore.STATUS_WEIGHTS, 0, StatusWeights.defaults().text(), ADMIN, NOW);
        store.putText(SettingsStore.STATUS_WEIGHTS, 1, new StatusWeights(0.1, 0.5, 1).text(), ADMIN, NOW);

        List<AuditEntry> entries = store.audit(0, 10).entries();

        assertEquals(3, entries.size());
        assertEquals(SettingsStore.STATUS_WEIGHTS, entries.get(0).setting());
        assertEquals("toDo: 0 \u2192 0.1", entries.get(0).changes());
        assertEquals(SettingsStore.CHECK_IN_CADENCE, entries.get(2).setting());
        assertEquals("\u2014 \u2192 weekly", entries.get(2).changes());
    }

    @Test
    public void shouldWriteOneAuditRowWithOldAndNewManagersWhenAPersonsManagersChange() {
        people.setManagers(u("bob"), 0, Set.of(u("amy")), ADMIN, NOW);
        people.setManagers(u("bob"), 1, Set.of(u("zoe"), u("carl")), ADMIN, NOW.plusSeconds(60));
        people.setManagers(u("bob"), 2, Set.of(), ADMIN, NOW.plusSeconds(120));

        List<AuditEntry> entries = store.audit(0, 10).entries();

        assertEquals(3, entries.size());
        AuditEntry cleared = entries.get(0);
        assertEquals(SettingsStore.AUDIT_MANAGERS, cleared.setting());
        assertEquals(3, cleared.version());
        assertEquals(ADMIN, cleared.by());
        assertEquals(NOW.plusSeconds(120), cleared.at());
        assertEquals("bob: carl, zoe \u2192 \u2014", cleared.changes());
        assertEquals("bob: amy \u2192 carl, zoe", entries.get(1).changes());
        assertEquals("bob: \u2014 \u2192 amy", entries.get(2).changes());
    }

    @Test
    public void shouldWriteNoAuditRowWhenAManagersChangeIsStaleRefusedOrChangesNothing() {
        people.setManagers(u("bob"), 0, Set.of(u("amy")), ADMIN, NOW);
        people.setManagers(u("amy"), 0, Set.of(u("carl")), ADMIN, NOW);

        Validated<StoreWrite<Versioned<Set<UserRef>>>> stale = people.setManagers(u("bob"), 0, Set.of(u("zoe")),
                ADMIN, NOW);
        Validated<StoreWrite<Versioned<Set<UserRef>>>> cycle = people.setManagers(u("carl"), 0, Set.of(u("bob")),
                ADMIN, NOW);
        people.setManagers(u("bob"), 1, Set.of(u("amy")), ADMIN, NOW);

        assertTrue(stale.value() instanceof StoreWrite.Stale);
        assertFalse(cycle.isValid());
        assertEquals(2, store.audit(0, 10).total());
    }

    @Test
    public void shouldWriteOneAuditRowPerChangedPersonWhenAnImportIsSaved() {
        people.setManagers(u("bob"), 0, Set.of(u("amy")), ADMIN, NOW);
        Map<UserRef, Set<UserRef>> chart = new LinkedHashMap<>();
        chart.put(u("bob"), Set.of(u("amy")));
        chart.put(u("carl"), Set.of(u("amy"), u("dana")));
        chart.put(u("eve"), Set.of(u("carl")));

        assertEquals(Integer.valueOf(3), people.setAllManagers(chart, ADMIN, NOW.plusSeconds(60)).value());

        List<AuditEntry> entries = store.audit(0, 10).entries();
        assertEquals(3, entries.size());
        assertEquals(SettingsStore.AUDIT_MANAGERS_IMPORT, entries.get(0).setting());
        assertEquals("eve: \u2014 \u2192 carl", entries.get(0).changes());
        assertEquals("carl: \u2014 \u2192 amy, dana", entries.get(1).changes());
        assertEquals(1, entries.get(1).version());
        assertEquals(SettingsStore.AUDIT_MANAGERS, entries.get(2).setting());
    }

    @Test
    public void shouldWriteNoAuditRowWhenAnImportIsRefused() {
        people.setManagers(u("amy"), 0, Set.of(u("bob")), ADMIN, NOW);
        Map<UserRef, Set<UserRef>> chart = new LinkedHashMap<>();
        chart.put(u("carl"), Set.of(u("amy")));
        chart.put(u("bob"), Set.of(u("carl")));

        assertFalse(people.setAllManagers(chart, ADMIN, NOW).isValid());

        assertEquals(1, store.audit(0, 10).total());
        assertEquals(Set.of(), people.managersOf(u("carl")));
    }

    private static UserRef u(String key) {
        return new UserRef(key);
    }
}
