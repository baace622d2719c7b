package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.devhost.DevCacheManager;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.settings.SettingAuditAo;
import dev.cascade.okr.store.settings.SettingsCache;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * The settings every request reads are held in the cluster-wide settings cache and forgotten on every node when one
 * is saved: two nodes (two stores over one database, each with its node of the dev host's two-node cache stand-in),
 * on H2 and PostgreSQL.
 */
public class SettingsCacheTest extends StoreTest<SettingsStore> {

    private static final Instant NOW = Instant.parse("2026-03-31T10:15:30Z");
    private static final UserRef ADMIN = new UserRef("admin");

    private DevCacheManager cachesA;
    private SettingsStore nodeA;
    private SettingsStore nodeB;

    /** Runs on one database kind. */
    public SettingsCacheTest(String kind) {
        super(kind, SettingAo.class, VersionClaimAo.class, SettingAuditAo.class);
    }

    @Before
    public void twoNodes() {
        List<DevCacheManager> cluster = DevCacheManager.cluster(2);
        cachesA = cluster.get(0);
        nodeA = new AoSettingsStore(ao, new SettingsCache(cluster.get(0)));
        nodeB = new AoSettingsStore(ao, new SettingsCache(cluster.get(1)));
    }

    @Test
    public void shouldReadEachSettingFromTheDatabaseOnceUntilItIsSaved() {
        for (int i = 0; i < 3; i++) {
            nodeA.appraisalScheme();
            nodeA.levelScheme();
            nodeA.trackingThresholds();
            nodeA.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY);
            nodeA.text(SettingsStore.STORY_POINT_FIELD);
        }
        assertEquals(5, cachesA.loads(SettingsCache.CACHE_NAME));

        nodeA.putText(SettingsStore.STORY_POINT_FIELD, 0, "customfield_10016", ADMIN, NOW);

        assertEquals(Optional.of("customfield_10016"), nodeA.text(SettingsStore.STORY_POINT_FIELD).value());
        nodeA.levelScheme();
        assertEquals("only the saved setting is read again", 6, cachesA.loads(SettingsCache.CACHE_NAME));
    }

    @Test
    public void shouldSeeASettingSavedOnAnotherNodeAtTheNextRead() {
        assertEquals(Optional.empty(), nodeA.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY).value());
        assertEquals(TrackingThresholds.DEFAULTS, nodeA.trackingThresholds().value());
        assertEquals(LevelScheme.defaults().levels(), nodeA.levelScheme().value().levels());
        TrackingThresholds stricter = TrackingThresholds.ofPercent(new BigDecimal("-5"), new BigDecimal("-25"))
                .value();
        LevelScheme levels = LevelScheme.of(List.of("group", "bu", "squad-1"),
                List.of("Group", "Business unit", "Squad"), 5).value();

        nodeB.putText(SettingsStore.COMPANY_GOALS_ADMIN_ONLY, 0, "true", ADMIN, NOW);
        nodeB.putTrackingThresholds(0, stricter, ADMIN, NOW);
        nodeB.putLevelScheme(0, levels, ADMIN, NOW);

        assertEquals(Optional.of("true"), nodeA.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY).value());
        assertEquals(stricter, nodeA.trackingThresholds().value());
        assertEquals(1, nodeA.trackingThresholds().version());
        assertEquals(levels.levels(), nodeA.levelScheme().value().levels());
    }

    @Test
    public void shouldAnswerStaleWithTheCurrentSettingWhenANodeSavesOverWhatItHeld() {
        Setting<TrackingThresholds> held = nodeA.trackingThresholds();
        nodeB.putTrackingThresholds(held.version(), TrackingThresholds.DEFAULTS, ADMIN, NOW);

        StoreWrite<Setting<TrackingThresholds>> late = nodeA.putTrackingThresholds(held.version(),
                TrackingThresholds.DEFAULTS, ADMIN, NOW.plusSeconds(1));

        assertTrue(late instanceof StoreWrite.Stale<Setting<TrackingThresholds>>);
        assertEquals(1, nodeA.trackingThresholds().version());
        assertEquals(1, nodeB.trackingThresholds().version());
    }
}
