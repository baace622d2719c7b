package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.progress.MeasureDraft;
import dev.cascade.okr.core.progress.MeasurePolicy;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

/**
 * The core rules of issue 14's administration settings: level names in English and Chinese, chosen by the reader's
 * locale; the site-wide default partial-credit weights, checked as a key result's own are; and key results that set
 * no weights following the default.
 */
public class SiteSettingsRulesTest {

    private static final List<String> KEYS = List.of("company", "team");

    @Test
    public void shouldNameTheDefaultLevelsInBothLanguagesWhenNothingIsConfigured() {
        List<Level> levels = LevelScheme.defaults().levels();

        assertEquals(List.of("Company", "Department", "Team", "Individual"), levels.stream().map(Level::name)
                .toList());
        assertEquals(List.of("公司", "部门", "团队", "个人"), levels.stream().map(Level::nameZh).toList());
    }

    @Test
    public void shouldChooseTheChineseNameForEveryChineseLocaleAndTheEnglishOneOtherwise() {
        Level level = new Level("team", "Team", "团队", 2);

        assertEquals("团队", level.nameFor(Locale.SIMPLIFIED_CHINESE));
        assertEquals("团队", level.nameFor(Locale.forLanguageTag("zh")));
        assertEquals("团队", level.nameFor(Locale.TRADITIONAL_CHINESE));
        assertEquals("Team", level.nameFor(Locale.ENGLISH));
        assertEquals("Team", level.nameFor(Locale.GERMANY));
        assertEquals("Team", level.nameFor(null));
        assertEquals("Team", new Level("team", "Team", 2).nameFor(Locale.CHINA));
    }

    @Test
    public void shouldKeepBothNamesStrippedWhenBothAreGiven() {
        LevelScheme scheme = LevelScheme.of(KEYS, List.of(" Group ", "Squad"), List.of(" 集团 ", "小组"), 8).value();

        assertEquals(new Level("company", "Group", "集团", 0), scheme.levels().get(0));
        assertEquals("小组", scheme.level("team").orElseThrow().nameZh());
    }

    @Test
    public void shouldRefuseAMissingOrTooLongNameInEitherLanguageAtItsField() {
        String tooLong = "x".repeat(LevelScheme.MAX_NAME + 1);

        List<Violation> errors = LevelScheme.of(KEYS, List.of("Group", tooLong), List.of(" ", "小组"), 8).errors();

        assertEquals(List.of(Violation.of(ViolationCode.LEVEL_NAME_REQUIRED, "levels[0].nameZh"),
                Violation.of(ViolationCode.LEVEL_NAME_TOO_LONG, "levels[1].name", "60")), errors);
        assertEquals(List.of(Violation.of(ViolationCode.LEVEL_NAME_TOO_LONG, "levels[1].nameZh", "60")),
                LevelScheme.of(KEYS, List.of("Group", "Squad"), List.of("集团", "长".repeat(61)), 8).errors());
        assertEquals(List.of(Violation.of(ViolationCode.LEVEL_NAME_REQUIRED, "levels[1].nameZh")),
                LevelScheme.of(KEYS, List.of("Group", "Squad"), java.util.Arrays.asList("集团", null), 8).errors());
        assertEquals(List.of(Violation.of(ViolationCode.LEVELS_REQUIRED, "levels")),
                LevelScheme.of(KEYS, List.of("Group", "Squad"), null, 8).errors());
    }

    @Test
    public void shouldCheckTheDefaultWeightsAsAKeyResultsOwnAndNameEachField() {
        assertEquals(new StatusWeights(0.1, 0.5, 1.0), StatusWeights.of(d("0.1"), d("0.5"), d("1"), "").value());
        assertEquals(List.of(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_REQUIRED, "toDo"),
                Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_OUT_OF_RANGE, "inProgress", "0", "1")),
                StatusWeights.of(null, d("1.5"), d("1"), "").errors());
        assertEquals(List.of(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHTS_DECREASING, "inProgress")),
                StatusWeights.of(d("0.6"), d("0.5"), d("1"), "").errors());
        assertEquals(List.of(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHTS_DECREASING, "done")),
                StatusWeights.of(d("0"), d("0.5"), d("0.4"), "").errors());
        assertEquals(List.of(Violation.of(ViolationCode.MEASURE_STATUS_WEIGHT_DONE_ZERO, "done")),
                StatusWeights.of(d("0"), d("0"), d("0"), "").errors());
        assertEquals(List.of(Violation.of(ViolationCode.MEASURE_NUMBER_TOO_PRECISE, "measure.statusWeights.toDo",
                "6")), StatusWeights.of(d("0.1234567"), d("0.5"), d("1"), "measure.statusWeights.").errors());
    }

    @Test
    public void shouldReadTheStoredFormBackAndNothingElse() {
        StatusWeights weights = new StatusWeights(0.125, 0.5, 1.0);

        assertEquals("v1;toDo=0.125;inProgress=0.5;done=1", weights.text());
        assertEquals(Optional.of(weights), StatusWeights.fromText(weights.text()));
        assertEquals(Optional.empty(), StatusWeights.fromText("v1;toDo=0.5;inProgress=0.2;done=1"));
        assertEquals(Optional.empty(), StatusWeights.fromText("v1;toDo=x;inProgress=0.2;done=1"));
        assertEquals(Optional.empty(), StatusWeights.fromText("v1;toDo=0"));
        assertEquals(Optional.empty(), StatusWeights.fromText("0,0.5,1"));
        assertEquals(Optional.empty(), StatusWeights.fromText(null));
    }

    @Test
    public void shouldFollowTheSiteWeightsOnlyWhenTheKeyResultSetNoneOfItsOwn() {
        StatusWeights site = new StatusWeights(0.2, 0.6, 1.0);
        IssueMeasure follows = IssueMeasure.of(ProgressBasis.STATUS_WEIGHTED, List.of(new WorkLink.Epic("CASC-1")));
        IssueMeasure own = new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, new StatusWeights(0, 0.3, 1), null, null,
                List.of(new WorkLink.Epic("CASC-1")));

        assertFalse(follows.ownWeights());
        assertEquals(site, follows.withSiteWeights(site).statusWeights());
        assertFalse(follows.withSiteWeights(site).ownWeights());
        assertTrue(own.ownWeights());
        assertSame(own, own.withSiteWeights(site));
        assertFalse(follows.withLinks(List.of(new WorkLink.Epic("CASC-2"))).ownWeights());
    }

    @Test
    public void shouldTakeTheSiteWeightsAndNotOwnThemWhenAKeyResultIsSubmittedWithoutWeights() {
        StatusWeights site = new StatusWeights(0.2, 0.6, 1.0);
        MeasurePolicy policy = new MeasurePolicy(ProgressBasis.ISSUE_COUNT_DONE, site);
        List<WorkLink> epic = List.of(new WorkLink.Epic("CASC-1"));

        IssueMeasure without = (IssueMeasure) policy.validate(MeasureDraft.issues(ProgressBasis.STATUS_WEIGHTED, null,
                null, null, epic)).value();
        IssueMeasure with = (IssueMeasure) policy.validate(MeasureDraft.issues(ProgressBasis.STATUS_WEIGHTED,
                new MeasureDraft.Weights(d("0"), d("0.4"), d("1")), null, null, epic)).value();

        assertEquals(site, without.statusWeights());
        assertFalse(without.ownWeights());
        assertEquals(new StatusWeights(0, 0.4, 1), with.statusWeights());
        assertTrue(with.ownWeights());
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
