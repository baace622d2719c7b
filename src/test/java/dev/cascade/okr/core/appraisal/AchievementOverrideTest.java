package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

/**
 * A manager's achievement rate over the computed one: only with a reason, named in the composite with the computed
 * rate beside it, kept when an appeal revises the process score; a reason without a rate is refused too.
 */
public class AchievementOverrideTest {

    private static AppraisalWorkflow selfAssessed() {
        return Appraisals.in(AppraisalState.SELF_ASSESSED);
    }

    @Test
    public void shouldUseTheComputedRateWhenTheManagerSetsNone() {
        AppraisalWorkflow assessed = selfAssessed().managerAssess(Appraisals.MANAGER, Achievements.of("48", "50"),
                null, null, 4, "", "", Appraisals.ASSESSED_AT).value();

        Composite composite = assessed.composite().orElseThrow();
        assertEquals(new BigDecimal("0.960000"), composite.achievementRate().orElseThrow());
        assertTrue(composite.override().isEmpty());
        assertEquals(Achievements.of("48", "50"), assessed.managerAssessment().orElseThrow().achievement());
    }

    @Test
    public void shouldRefuseAnOverrideWithoutAReason() {
        assertEquals("appraisal.override-reason-required@reason", Findings.of(selfAssessed().managerAssess(
                Appraisals.MANAGER, Achievements.of("48", "50"), new BigDecimal("0.9"),
                "  ", 4, "", "", Appraisals.ASSESSED_AT)
                .violations()));
        assertEquals("appraisal.override-reason-required@reason", Findings.of(selfAssessed().managerAssess(
                Appraisals.MANAGER, Achievements.of("48", "50"), new BigDecimal("0.9"),
                null, 4, "", "", Appraisals.ASSESSED_AT)
                .violations()));
    }

    @Test
    public void shouldRefuseAReasonWithoutARate() {
        assertEquals("appraisal.override-rate-required@achievementRate", Findings.of(selfAssessed().managerAssess(
                Appraisals.MANAGER, Achievements.of("48", "50"), null, "Late data", 4, "", "",
                Appraisals.ASSESSED_AT).violations()));
    }

    @Test
    public void shouldRefuseAReasonLongerThanTheLimit() {
        assertEquals("appraisal.text-too-long@reason:2000", Findings.of(selfAssessed().managerAssess(
                Appraisals.MANAGER, Achievements.of("48", "50"), new BigDecimal("0.9"),
                "r".repeat(2001), 4, "", "",
                Appraisals.ASSESSED_AT).violations()));
    }

    @Test
    public void shouldUseAndNameTheOverrideWithItsReasonWhenGiven() {
        AppraisalWorkflow assessed = selfAssessed().managerAssess(Appraisals.MANAGER, Achievements.of("48", "50"),
                new BigDecimal("0.9"), " Two deals were booked twice ", 4, "", "", Appraisals.ASSESSED_AT).value();

        Composite composite = assessed.composite().orElseThrow();
        assertEquals(new AchievementOverride(new BigDecimal("0.9"), "Two deals were booked twice",
                new BigDecimal("0.96")),
                composite.override().orElseThrow());
        assertEquals("70% × min(90.0%, 100%) + 30% × (4 × 20) = 63.00 + 24.00 = 87.0", composite.explanation());
        assertEquals(new BigDecimal("87.0"), composite.score());
    }

    @Test
    public void shouldLetTheManagerSetARateWhenTheEvidenceGivesNone() {
        AppraisalWorkflow assessed = selfAssessed().managerAssess(Appraisals.MANAGER, Achievements.unmeasured(),
                BigDecimal.ONE, "Signed contracts counted by hand", 4, "", "", Appraisals.ASSESSED_AT).value();

        Composite composite = assessed.composite().orElseThrow();
        assertTrue(composite.isComplete());
        assertEquals(null, composite.override().orElseThrow().computedRate());
    }

    @Test
    public void shouldKeepTheOverrideWhenAnAppealRevisesTheProcessScore() {
        AppraisalWorkflow appealed = selfAssessed().managerAssess(Appraisals.MANAGER, Achievements.of("48", "50"),
                new BigDecimal("0.9"), "Two deals were booked twice", 4, "", "", Appraisals.ASSESSED_AT).value()
                .signOff(Appraisals.APPRAISEE, Appraisals.SIGNED_AT).value()
                .appeal(Appraisals.APPRAISEE, "Process was a 5", Appraisals.APPEALED_AT).value();

        Composite revised = appealed.reviseAppeal(Appraisals.REVIEWER, 5, "Agreed", Appraisals.RESOLVED_AT).value()
                .composite().orElseThrow();

        assertEquals("Two deals were booked twice", revised.override().orElseThrow().reason());
        assertEquals(new BigDecimal("93.0"), revised.score());
    }
}
