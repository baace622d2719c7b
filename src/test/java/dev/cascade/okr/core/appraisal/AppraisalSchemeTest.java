package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The default scheme and the scheme as a value. */
public class AppraisalSchemeTest {

    @Test
    public void shouldMatchTheProductDefaultsWhenNothingIsConfigured() {
        AppraisalScheme scheme = AppraisalScheme.defaults();

        assertEquals(Weight.ofPercent(70), scheme.resultsWeight());
        assertEquals(Weight.ofPercent(30), scheme.processWeight());
        assertEquals(new BigDecimal("1.00"), scheme.achievementCap());
        assertEquals(1, scheme.processScaleMin());
        assertEquals(5, scheme.processScaleMax());
        assertEquals(List.of(new GradeBand(Grade.EXCELLENT, new BigDecimal("95.0")),
                new GradeBand(Grade.GOOD, new BigDecimal("85.0")), new GradeBand(Grade.PASS, new BigDecimal("70.0"))),
                scheme.gradeBands());
        assertEquals(Map.of(Grade.EXCELLENT, Weight.ofPercent(20), Grade.GOOD, Weight.ofPercent(40)),
                scheme.distributionMaxShares());
        assertEquals(14, scheme.appealWindowDays());
    }

    @Test
    public void shouldGiveAnEqualSchemeWhenItsDraftIsValidatedAgain() {
        AppraisalScheme scheme = AppraisalScheme.defaults();

        assertEquals(scheme, AppraisalScheme.of(scheme.toDraft()).value());
        assertEquals(scheme.hashCode(), AppraisalScheme.of(scheme.toDraft()).value().hashCode());
        assertEquals(scheme, SchemeBuilder.defaults().build());
    }

    @Test
    public void shouldDifferWhenOneSettingDiffers() {
        assertNotEquals(AppraisalScheme.defaults(), SchemeBuilder.defaults().cap("1.2").build());
        assertNotEquals(AppraisalScheme.defaults(), SchemeBuilder.defaults().appealWindow(7).build());
    }

    @Test
    public void shouldKeepTheCapAsAFractionWithTwoDecimalsWhenTypedShorter() {
        assertEquals(new BigDecimal("1.20"), SchemeBuilder.defaults().cap("1.2").build().achievementCap());
    }

    @Test
    public void shouldAcceptOnlyScoresOnTheScaleWhenAsked() {
        AppraisalScheme scheme = AppraisalScheme.defaults();

        assertFalse(scheme.isOnScale(0));
        assertTrue(scheme.isOnScale(1));
        assertTrue(scheme.isOnScale(5));
        assertFalse(scheme.isOnScale(6));
    }

    @Test
    public void shouldRefuseChangesWhenTheSchemeIsBuilt() {
        AppraisalScheme scheme = AppraisalScheme.defaults();

        assertThrows(UnsupportedOperationException.class, () -> scheme.gradeBands().clear());
        assertThrows(UnsupportedOperationException.class, () -> scheme.distributionMaxShares().clear());
    }

    @Test
    public void shouldNameEveryGradeForPeopleInBothLanguagesWhenAskedForItsKey() {
        assertEquals("cascade.grade.excellent", Grade.EXCELLENT.i18nKey());
        assertEquals("cascade.grade.good", Grade.GOOD.i18nKey());
        assertEquals("cascade.grade.pass", Grade.PASS.i18nKey());
        assertEquals("cascade.grade.needs-improvement", Grade.NEEDS_IMPROVEMENT.i18nKey());
    }
}
