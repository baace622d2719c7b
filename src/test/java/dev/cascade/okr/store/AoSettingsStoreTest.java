package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeBand;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.settings.SettingAuditAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.Test;

/** The settings store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoSettingsStoreTest extends StoreTest<SettingsStore> {

    private static final Instant NOW = Instant.parse("2026-03-31T10:15:30.123Z");
    private static final UserRef ADMIN = new UserRef("admin");
    private static final UserRef OTHER_ADMIN = new UserRef("admin2");

    /** Runs on one database kind. */
    public AoSettingsStoreTest(String kind) {
        super(kind, AoSettingsStore::new, SettingAo.class, VersionClaimAo.class, SettingAuditAo.class);
    }

    @Test
    public void shouldListEverySavedChangeNewestFirstWithWhatChangedAndNothingForARefusedSave() {
        store.putTrackingThresholds(0, TrackingThresholds.DEFAULTS, ADMIN, NOW);
        store.putTrackingThresholds(1, TrackingThresholds.ofPercent(new BigDecimal("-5"), new BigDecimal("-25"))
                .value(), OTHER_ADMIN, NOW.plusSeconds(60));
        store.putTrackingThresholds(1, TrackingThresholds.DEFAULTS, ADMIN, NOW.plusSeconds(120));
        store.putText(SettingsStore.STORY_POINT_FIELD, 0, "customfield_10016", ADMIN, NOW.plusSeconds(180));

        SettingsStore.AuditPage page = store.audit(0, 10);

        assertEquals(3, page.total());
        SettingsStore.AuditEntry newest = page.entries().get(0);
        assertEquals(SettingsStore.STORY_POINT_FIELD, newest.setting());
        assertEquals("\u2014 \u2192 customfield_10016", newest.changes());
        SettingsStore.AuditEntry second = page.entries().get(1);
        assertEquals(AoSettingsStore.TRACKING_THRESHOLDS, second.setting());
        assertEquals(2, second.version());
        assertEquals(OTHER_ADMIN, second.by());
        assertEquals(NOW.plusSeconds(60), second.at());
        assertEquals("onTrack: -10 \u2192 -5", second.changes());
        String first = page.entries().get(2).changes();
        assertTrue(first, first.startsWith("onTrack: \u2014 \u2192 -10"));
        assertEquals(1, store.audit(1, 1).entries().size());
        assertEquals(OTHER_ADMIN, store.audit(1, 1).entries().get(0).by());
        assertThrows(IllegalArgumentException.class, () -> store.audit(0, 101));
    }

    @Test
    public void shouldAnswerDefaultsAtVersionZeroWhenNothingWasSaved() {
        Setting<AppraisalScheme> scheme = store.appraisalScheme();

        assertEquals(AppraisalScheme.defaults(), scheme.value());
        assertEquals(0, scheme.version());
        assertFalse(scheme.updatedBy().isPresent());
        assertTrue(scheme.isReadable());
        assertEquals(LevelScheme.defaults().levels(), store.levelScheme().value().levels());
        assertEquals(TrackingThresholds.DEFAULTS, store.trackingThresholds().value());
        assertEquals(Optional.empty(), store.text(SettingsStore.STORY_POINT_FIELD).value());
        assertEquals(0, store.text(SettingsStore.STORY_POINT_FIELD).version());
    }

    @Test
    public void shouldReadBackEveryPartOfTheSchemeWhenSaved() {
        AppraisalScheme scheme = AppraisalScheme.of(new AppraisalSchemeDraft(new Weight(6050), new Weight(3950),
                new BigDecimal("1.25"), 0, 10,
                List.of(new GradeBand(Grade.EXCELLENT, new BigDecimal("92.5")),
                        new GradeBand(Grade.PASS, new BigDecimal("60"))),
                Map.of(Grade.EXCELLENT, new Weight(1550), Grade.PASS, new Weight(10000)), 30)).value();

        StoreWrite<Setting<AppraisalScheme>> written = store.putAppraisalScheme(0, scheme, ADMIN, NOW);

        assertEquals(1, ((StoreWrite.Written<Setting<AppraisalScheme>>) written).value().version());
        Setting<AppraisalScheme> read = store.appraisalScheme();
        assertEquals(scheme, read.value());
        assertEquals(1, read.version());
        assertEquals(ADMIN, read.updatedBy().orElseThrow());
        assertEquals(NOW, read.updatedAt().orElseThrow());
        assertTrue(read.isReadable());
    }

    @Test
    public void shouldReadBackSchemeWithoutGuidanceWhenNoSharesAreSet() {
        AppraisalScheme defaults = AppraisalScheme.defaults();
        AppraisalSchemeDraft draft = defaults.toDraft();
        AppraisalScheme withoutGuidance = AppraisalScheme.of(new AppraisalSchemeDraft(draft.resultsWeight(),
                draft.processWeight(), draft.achievementCap(), draft.processScaleMin(), draft.processScaleMax(),
                draft.gradeBands(), Map.of(), draft.appealWindowDays())).value();

        store.putAppraisalScheme(0, withoutGuidance, ADMIN, NOW);

        assertEquals(Map.of(), store.appraisalScheme().value().distributionMaxShares());
    }

    @Test
    public void shouldReadBackLevelNamesWithSeparatorsAndChineseWhenSaved() {
        LevelScheme levels = LevelScheme.of(List.of("group", "bu", "squad-1"),
                List.of("集团;总部", "事业部 = BU, 华东:一区", "小组 %20 100%"), 5).value();

        store.putLevelScheme(0, levels, ADMIN, NOW);

        LevelScheme read = store.levelScheme().value();
        assertEquals(levels.levels(), read.levels());
        assertEquals(5, read.maxAlignmentDepth());
    }

    @Test
    public void shouldReadBackThresholdsWithDecimalsWhenSaved() {
        TrackingThresholds thresholds = TrackingThresholds.ofPercent(new BigDecimal("-7.5"),
                new BigDecimal("-33.333333")).value();

        store.putTrackingThresholds(0, thresholds, ADMIN, NOW);

        assertEquals(thresholds, store.trackingThresholds().value());
    }

    @Test
    public void shouldReadBackTextSettingsIncludingEmptyAndLongTextWhenSaved() {
        store.putText(SettingsStore.STORY_POINT_FIELD, 0, "customfield_10016", ADMIN, NOW);
        store.putText(SettingsStore.COMPANY_GOALS_ADMIN_ONLY, 0, "", ADMIN, NOW);
        String long4000 = "长".repeat(SettingsStore.MAX_TEXT);
        store.putText("custom.note", 0, long4000, ADMIN, NOW);

        assertEquals("customfield_10016", store.text(SettingsStore.STORY_POINT_FIELD).value().orElseThrow());
        assertEquals("", store.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY).value().orElseThrow());
        assertEquals(1, store.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY).version());
        assertEquals(long4000, store.text("custom.note").value().orElseThrow());
    }

    @Test
    public void shouldRefuseBadNamesAndTooLongTextWhenGiven() {
        assertThrows(IllegalArgumentException.class, () -> store.text("Bad Name"));
        assertThrows(IllegalArgumentException.class, () -> store.text(AoSettingsStore.APPRAISAL_SCHEME));
        assertThrows(IllegalArgumentException.class, () -> store.text(AoPeopleStore.REVISION));
        assertThrows(IllegalArgumentException.class, () -> store.putText("custom.note", 0,
                "x".repeat(SettingsStore.MAX_TEXT + 1), ADMIN, NOW));
    }

    @Test
    public void shouldAnswerDefaultsWithTheProblemWhenTheStoredTextIsDamaged() {
        store.putAppraisalScheme(0, AppraisalScheme.defaults(), ADMIN, NOW);
        store.putLevelScheme(0, LevelScheme.defaults(), ADMIN, NOW);
        store.putTrackingThresholds(0, TrackingThresholds.DEFAULTS, ADMIN, NOW);
        damage(AoSettingsStore.APPRAISAL_SCHEME, "v1;results=7000;process=abc");
        damage(AoSettingsStore.LEVEL_SCHEME, "v9;depth=8");
        damage(AoSettingsStore.TRACKING_THRESHOLDS, "v1;onTrack=-30;atRisk=-10");

        Setting<AppraisalScheme> scheme = store.appraisalScheme();
        Setting<LevelScheme> levels = store.levelScheme();
        Setting<TrackingThresholds> thresholds = store.trackingThresholds();

        assertEquals(AppraisalScheme.defaults(), scheme.value());
        assertEquals(1, scheme.version());
        assertFalse(scheme.isReadable());
        assertTrue(scheme.problems().get(0), scheme.problems().get(0).contains("appraisal scheme"));
        assertEquals(LevelScheme.defaults().levels(), levels.value().levels());
        assertTrue(levels.problems().get(0), levels.problems().get(0).contains("v1"));
        assertEquals(TrackingThresholds.DEFAULTS, thresholds.value());
        assertTrue(thresholds.problems().get(0), thresholds.problems().get(0).contains("tracking.threshold-order"));
    }

    @Test
    public void shouldRepairDamagedTextWhenSavedOverItsVersion() {
        store.putTrackingThresholds(0, TrackingThresholds.DEFAULTS, ADMIN, NOW);
        damage(AoSettingsStore.TRACKING_THRESHOLDS, "garbage");
        Setting<TrackingThresholds> damaged = store.trackingThresholds();
        TrackingThresholds fixed = TrackingThresholds.ofPercent(BigDecimal.valueOf(-5), BigDecimal.valueOf(-20))
                .value();

        store.putTrackingThresholds(damaged.version(), fixed, OTHER_ADMIN, NOW.plusSeconds(1));

        assertEquals(fixed, store.trackingThresholds().value());
        assertTrue(store.trackingThresholds().isReadable());
    }

    @Test
    public void shouldChangeNothingAndAnswerTheCurrentSettingWhenTheVersionIsStale() {
        store.putAppraisalScheme(0, AppraisalScheme.defaults(), ADMIN, NOW);
        AppraisalScheme thirty = withAppealDays(30);
        store.putAppraisalScheme(1, thirty, OTHER_ADMIN, NOW.plusSeconds(1));

        StoreWrite<Setting<AppraisalScheme>> stale = store.putAppraisalScheme(1, withAppealDays(7), ADMIN,
                NOW.plusSeconds(2));
        StoreWrite<Setting<AppraisalScheme>> staleCreate = store.putAppraisalScheme(0, withAppealDays(7), ADMIN,
                NOW.plusSeconds(2));

        Setting<AppraisalScheme> current = ((StoreWrite.Stale<Setting<AppraisalScheme>>) stale).current();
        assertEquals(thirty, current.value());
        assertEquals(2, current.version());
        assertEquals(OTHER_ADMIN, current.updatedBy().orElseThrow());
        assertTrue(staleCreate instanceof StoreWrite.Stale);
        assertEquals(current, store.appraisalScheme());
    }

    @Test
    public void shouldAnswerMissingWhenAVersionIsNamedForASettingNeverSaved() {
        assertTrue(store.putText(SettingsStore.SUB_TASKS_COUNT, 3, "true", ADMIN, NOW) instanceof StoreWrite.Missing);
        assertEquals(0, store.text(SettingsStore.SUB_TASKS_COUNT).version());
    }

    @Test
    public void shouldLetExactlyOneOfTwoWritersThroughWhenBothSaveTheSameVersionAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            long version = store.text(SettingsStore.DEFAULT_PROGRESS_BASIS).version();
            String first = "A" + round;
            String second = "B" + round;

            List<StoreWrite<Setting<Optional<String>>>> answers = Races.together(
                    () -> store.putText(SettingsStore.DEFAULT_PROGRESS_BASIS, version, first, ADMIN, NOW),
                    () -> store.putText(SettingsStore.DEFAULT_PROGRESS_BASIS, version, second, OTHER_ADMIN, NOW));

            long written = answers.stream().filter(a -> a instanceof StoreWrite.Written).count();
            long stale = answers.stream().filter(a -> a instanceof StoreWrite.Stale).count();
            assertEquals("round " + round + ": " + answers, 1, written);
            assertEquals("round " + round + ": " + answers, 1, stale);
            Setting<Optional<String>> now = store.text(SettingsStore.DEFAULT_PROGRESS_BASIS);
            assertEquals(version + 1, now.version());
            String winner = answers.get(0) instanceof StoreWrite.Written ? first : second;
            assertEquals(winner, now.value().orElseThrow());
        }
    }

    private AppraisalScheme withAppealDays(int days) {
        AppraisalSchemeDraft d = AppraisalScheme.defaults().toDraft();
        return AppraisalScheme.of(new AppraisalSchemeDraft(d.resultsWeight(), d.processWeight(), d.achievementCap(),
                d.processScaleMin(), d.processScaleMax(), d.gradeBands(), d.distributionMaxShares(), days)).value();
    }

    /** Overwrites the stored text behind the store's back, as a failed manual edit or a bad import would. */
    private void damage(String name, String text) {
        SettingAo row = ao.find(SettingAo.class, Query.select().where("SETTING_NAME = ?", name))[0];
        row.setSettingText(text);
        row.save();
    }
}
