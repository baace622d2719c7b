package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.Appraisals.APPEALED_AT;
import static dev.cascade.okr.core.appraisal.Appraisals.APPRAISEE;
import static dev.cascade.okr.core.appraisal.Appraisals.ASSESSED_AT;
import static dev.cascade.okr.core.appraisal.Appraisals.MANAGER;
import static dev.cascade.okr.core.appraisal.Appraisals.RESOLVED_AT;
import static dev.cascade.okr.core.appraisal.Appraisals.REVIEWER;
import static dev.cascade.okr.core.appraisal.Appraisals.SELF_AT;
import static dev.cascade.okr.core.appraisal.Appraisals.SIGNED_AT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** What each appraisal step records and checks beyond who and in which state: scores, texts, window, recompute. */
public class AppraisalWorkflowTest {

    private static AppraisalWorkflow selfAssessed() {
        return Appraisals.in(AppraisalState.SELF_ASSESSED);
    }

    private static AppraisalWorkflow signedOff() {
        return Appraisals.in(AppraisalState.SIGNED_OFF);
    }

    private static AppraisalWorkflow appealed() {
        return Appraisals.in(AppraisalState.APPEALED);
    }

    @Test
    public void shouldRefuseWhenThePersonAndTheManagerAreTheSame() {
        assertEquals("appraisal.parties-same@manager", Findings.of(
                AppraisalWorkflow.start(APPRAISEE, APPRAISEE, AppraisalScheme.defaults()).violations()));
    }

    @Test
    public void shouldStartWithNothingRecordedWhenStarted() {
        AppraisalWorkflow started = Appraisals.in(AppraisalState.NOT_STARTED);

        assertEquals(AppraisalState.NOT_STARTED, started.state());
        assertEquals(List.of(), started.history());
        assertEquals(Optional.empty(), started.composite());
        assertEquals(Optional.empty(), started.appealDeadline());
    }

    @Test
    public void shouldRecordTheSelfAssessmentWhenTheAppraiseeScoresThemselves() {
        AppraisalWorkflow.SelfAssessment self = selfAssessed().selfAssessment().orElseThrow();

        assertEquals(4, self.score());
        assertEquals("More customers than last year", self.comment());
        assertEquals(new Stamp(APPRAISEE, SELF_AT), self.stamp());
    }

    @Test
    public void shouldRefuseWhenTheSelfScoreIsOffTheScale() {
        AppraisalWorkflow started = Appraisals.in(AppraisalState.NOT_STARTED);

        assertEquals("appraisal.process-score-out-of-range@selfScore:1,5",
                Findings.of(started.selfAssess(APPRAISEE, 0, "", SELF_AT).violations()));
        assertEquals("appraisal.process-score-out-of-range@selfScore:1,5",
                Findings.of(started.selfAssess(APPRAISEE, 6, "", SELF_AT).violations()));
    }

    @Test
    public void shouldKeepTheLatestWhenTheSelfAssessmentIsRedone() {
        AppraisalWorkflow redone = selfAssessed().selfAssess(APPRAISEE, 5, null, ASSESSED_AT).value();

        assertEquals(5, redone.selfAssessment().orElseThrow().score());
        assertEquals("", redone.selfAssessment().orElseThrow().comment());
        assertEquals(2, redone.history().size());
    }

    @Test
    public void shouldComputeTheCompositeWhenTheManagerAssesses() {
        AppraisalWorkflow assessed = Appraisals.in(AppraisalState.MANAGER_ASSESSED);

        AppraisalWorkflow.ManagerAssessment assessment = assessed.managerAssessment().orElseThrow();
        assertEquals(4, assessment.processScore());
        assertEquals("Solid quarter", assessment.comment());
        assertEquals("One more visit a week", assessment.suggestion());
        assertEquals(new Stamp(MANAGER, ASSESSED_AT), assessment.stamp());
        assertEquals(new BigDecimal("91.2"), assessed.composite().orElseThrow().score());
        assertEquals(Grade.GOOD, assessed.composite().orElseThrow().grade());
    }

    @Test
    public void shouldRefuseWhenTheManagerGivesAScoreOffTheScaleOrAnInvalidRate() {
        assertEquals("appraisal.process-score-out-of-range@processScore:1,5",
                Findings.of(selfAssessed().managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 9, "", "",
                        ASSESSED_AT).violations()));
        // A rate that is not a number can no longer be given: rates are BigDecimal, and JSON's NaN is malformed.
    }

    @Test
    public void shouldRefuseWhenTheManagerTextsAreTooLong() {
        assertEquals("appraisal.text-too-long@comment:2000; appraisal.text-too-long@suggestion:2000",
                Findings.of(selfAssessed().managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 4,
                        "c".repeat(2001), "s".repeat(2001), ASSESSED_AT).violations()));
    }

    @Test
    public void shouldRefuseSignOffWhileTheAchievementRateIsMissingAndAllowItAfterReassessment() {
        AppraisalWorkflow noRate = selfAssessed().managerAssess(MANAGER, Achievements.unmeasured(), null, null, 4, "",
                "", ASSESSED_AT).value();

        assertEquals(Set.of(CompositeInput.ACHIEVEMENT_RATE), noRate.composite().orElseThrow().missing());
        assertEquals("appraisal.composite-incomplete@achievementRate",
                Findings.of(noRate.signOff(APPRAISEE, SIGNED_AT).violations()));

        AppraisalWorkflow reassessed = noRate.managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 4, "", "",
                SIGNED_AT).value();
        assertTrue(reassessed.signOff(APPRAISEE, SIGNED_AT.plusSeconds(60)).isValid());
    }

    @Test
    public void shouldStartTheAppealWindowWhenTheAppraiseeSignsOff() {
        AppraisalWorkflow signed = signedOff();

        assertEquals(Optional.of(new Stamp(APPRAISEE, SIGNED_AT)), signed.signOff());
        assertEquals(Optional.of(SIGNED_AT.plus(Duration.ofDays(14))), signed.appealDeadline());
    }

    @Test
    public void shouldAcceptAnAppealAtTheLastInstantOfTheWindow() {
        Instant deadline = SIGNED_AT.plus(Duration.ofDays(14));

        Validated<AppraisalWorkflow> appealed = signedOff().appeal(APPRAISEE, "Unfair", deadline);

        assertTrue(appealed.isValid());
        assertEquals(new AppraisalWorkflow.Appeal("Unfair", new Stamp(APPRAISEE, deadline)),
                appealed.value().appeal().orElseThrow());
    }

    @Test
    public void shouldRefuseAnAppealAfterTheWindowHasClosed() {
        Instant late = SIGNED_AT.plus(Duration.ofDays(14)).plusSeconds(1);

        assertEquals("appraisal.appeal-window-closed@null:14",
                Findings.of(signedOff().appeal(APPRAISEE, "Unfair", late).violations()));
    }

    @Test
    public void shouldUseTheSchemesWindowWhenItIsConfigured() {
        AppraisalScheme threeDays = SchemeBuilder.defaults().appealWindow(3).build();
        AppraisalWorkflow signed = AppraisalWorkflow.start(APPRAISEE, MANAGER, threeDays).value()
                .selfAssess(APPRAISEE, 4, "", SELF_AT).value()
                .managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 4, "", "", ASSESSED_AT).value()
                .signOff(APPRAISEE, SIGNED_AT).value();

        assertTrue(signed.appeal(APPRAISEE, "Unfair", SIGNED_AT.plus(Duration.ofDays(3))).isValid());
        assertEquals("appraisal.appeal-window-closed@null:3", Findings.of(
                signed.appeal(APPRAISEE, "Unfair", SIGNED_AT.plus(Duration.ofDays(4))).violations()));
    }

    @Test
    public void shouldRefuseAnAppealWithoutAReason() {
        assertEquals("appraisal.reason-required@reason",
                Findings.of(signedOff().appeal(APPRAISEE, "  ", APPEALED_AT).violations()));
        assertEquals("appraisal.reason-required@reason",
                Findings.of(signedOff().appeal(APPRAISEE, null, APPEALED_AT).violations()));
    }

    @Test
    public void shouldKeepTheCompositeWhenTheAppealIsUpheld() {
        AppraisalWorkflow upheld = appealed().upholdAppeal(REVIEWER, " The score reflects the quarter ", RESOLVED_AT)
                .value();

        AppraisalWorkflow.AppealResolution resolution = upheld.appealResolution().orElseThrow();
        assertEquals(AppealOutcome.UPHELD, resolution.outcome());
        assertEquals("The score reflects the quarter", resolution.comment());
        assertEquals(new Stamp(REVIEWER, RESOLVED_AT), resolution.stamp());
        assertEquals(upheld.managerAssessment().orElseThrow().composite(), upheld.composite().orElseThrow());
    }

    @Test
    public void shouldRecomputeTheCompositeWhenTheAppealRevisesTheProcessScore() {
        AppraisalWorkflow revised = appealed().reviseAppeal(REVIEWER, 5, "Longer cycles hit everyone", RESOLVED_AT)
                .value();

        Composite now = revised.composite().orElseThrow();
        assertEquals(AppealOutcome.REVISED, revised.appealResolution().orElseThrow().outcome());
        assertEquals(new BigDecimal("97.2"), now.score());
        assertEquals(Grade.EXCELLENT, now.grade());
        assertEquals("70% × min(96.0%, 100%) + 30% × (5 × 20) = 67.20 + 30.00 = 97.2", now.explanation());
        // The manager's assessment stays on record as it was.
        assertEquals(new BigDecimal("91.2"), revised.managerAssessment().orElseThrow().composite().score());
    }

    @Test
    public void shouldRefuseAResolutionWithoutACommentOrWithAScoreOffTheScale() {
        assertEquals("appraisal.comment-required@comment",
                Findings.of(appealed().upholdAppeal(REVIEWER, "", RESOLVED_AT).violations()));
        assertEquals("appraisal.process-score-out-of-range@processScore:1,5; appraisal.comment-required@comment",
                Findings.of(appealed().reviseAppeal(REVIEWER, 0, null, RESOLVED_AT).violations()));
    }

    @Test
    public void shouldRecordEveryStepWithWhoAndWhenWhenTheAppraisalRunsItsCourse() {
        AppraisalWorkflow resolved = Appraisals.in(AppraisalState.APPEAL_RESOLVED);

        assertEquals(List.of(
                new AppraisalWorkflow.Transition(AppraisalState.NOT_STARTED, AppraisalState.SELF_ASSESSED,
                        new Stamp(APPRAISEE, SELF_AT)),
                new AppraisalWorkflow.Transition(AppraisalState.SELF_ASSESSED, AppraisalState.MANAGER_ASSESSED,
                        new Stamp(MANAGER, ASSESSED_AT)),
                new AppraisalWorkflow.Transition(AppraisalState.MANAGER_ASSESSED, AppraisalState.SIGNED_OFF,
                        new Stamp(APPRAISEE, SIGNED_AT)),
                new AppraisalWorkflow.Transition(AppraisalState.SIGNED_OFF, AppraisalState.APPEALED,
                        new Stamp(APPRAISEE, APPEALED_AT)),
                new AppraisalWorkflow.Transition(AppraisalState.APPEALED, AppraisalState.APPEAL_RESOLVED,
                        new Stamp(REVIEWER, RESOLVED_AT))),
                resolved.history());
        assertFalse(resolved.state().canMoveTo(AppraisalState.APPEALED));
    }

    @Test
    public void shouldNameEveryStateAndOutcomeForPeopleWhenAskedForTheirKeys() {
        assertEquals("cascade.appraisal.state.manager-assessed", AppraisalState.MANAGER_ASSESSED.i18nKey());
        assertEquals("cascade.appraisal.state.appeal-resolved", AppraisalState.APPEAL_RESOLVED.i18nKey());
        assertEquals("cascade.appraisal.appeal-outcome.revised", AppealOutcome.REVISED.i18nKey());
        assertEquals("cascade.appraisal.missing.achievement-rate", CompositeInput.ACHIEVEMENT_RATE.i18nKey());
    }
}
