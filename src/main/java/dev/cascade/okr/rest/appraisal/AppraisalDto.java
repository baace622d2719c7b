package dev.cascade.okr.rest.appraisal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.Stamp;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.web.appraisal.AppraisalTexts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * An appraisal in JSON: its parties, state and version, every step taken, and the composite that stands now exactly
 * as the core computed it (score, grade and the explanation of the arithmetic), never recomputed here.
 *
 * @param id its id
 * @param objectiveId the goal appraised
 * @param periodStart the first day of the period appraised
 * @param periodEnd the last day of the period appraised
 * @param appraisee the person appraised (user key)
 * @param manager the assessing manager (user key)
 * @param state e.g. {@code manager-assessed}
 * @param version the version to name in the next step
 * @param processScaleMin the lowest process score of the scheme the appraisal is scored under
 * @param processScaleMax the highest process score of that scheme
 * @param selfAssessment the self-assessment, or {@code null}
 * @param managerAssessment the manager's assessment, or {@code null}
 * @param composite the composite that stands now, or {@code null} before the manager's assessment
 * @param signOff who signed off and when, or {@code null}
 * @param appealDeadline the last instant an appeal is accepted, or {@code null} before sign-off
 * @param appeal the appeal, or {@code null}
 * @param appealResolution how the appeal was resolved, or {@code null}
 * @param history every step, oldest first
 */
public record AppraisalDto(long id, long objectiveId, String periodStart, String periodEnd, String appraisee,
        String manager, String state, long version, int processScaleMin, int processScaleMax,
        AppraisalSelfAssessmentViewDto selfAssessment, AppraisalManagerAssessmentViewDto managerAssessment,
        AppraisalCompositeDto composite, AppraisalStampDto signOff, String appealDeadline,
        AppraisalAppealViewDto appeal, AppraisalAppealResolutionViewDto appealResolution,
        List<AppraisalTransitionDto> history) {

    /** The appraisal with its explanations in the caller's language. */
    static Function<StoredAppraisal, AppraisalDto> of(I18nResolver i18n) {
        return stored -> of(stored, i18n);
    }

    static AppraisalDto of(StoredAppraisal stored, I18nResolver i18n) {
        AppraisalWorkflow w = stored.workflow();
        return new AppraisalDto(stored.id(), stored.objective().value(), stored.period().start().toString(),
                stored.period().end().toString(), w.appraisee().key(), w.manager().key(), WireCode.of(w.state()),
                stored.version(), w.scheme().processScaleMin(), w.scheme().processScaleMax(),
                w.selfAssessment().map(s -> new AppraisalSelfAssessmentViewDto(s.score(), s.comment(),
                        AppraisalStampDto.of(s.stamp()))).orElse(null),
                w.managerAssessment().map(m -> new AppraisalManagerAssessmentViewDto(m.processScore(), m.comment(),
                        m.suggestion(), AppraisalCompositeDto.of(m.composite(), i18n),
                        AppraisalAchievementDto.of(m.achievement(), i18n), AppraisalStampDto.of(m.stamp())))
                        .orElse(null),
                w.composite().map(c -> AppraisalCompositeDto.of(c, i18n)).orElse(null),
                w.signOff().map(AppraisalStampDto::of).orElse(null),
                w.appealDeadline().map(Instant::toString).orElse(null),
                w.appeal().map(a -> new AppraisalAppealViewDto(a.reason(), AppraisalStampDto.of(a.stamp())))
                        .orElse(null),
                w.appealResolution().map(r -> new AppraisalAppealResolutionViewDto(WireCode.of(r.outcome()),
                        r.comment(), AppraisalCompositeDto.of(r.composite(), i18n), AppraisalStampDto.of(r.stamp())))
                        .orElse(null),
                w.history().stream().map(t -> new AppraisalTransitionDto(WireCode.of(t.from()), WireCode.of(t.to()),
                        AppraisalStampDto.of(t.stamp()))).toList());
    }

    /**
     * Who took a step, and when.
     *
     * @param by user key
     * @param at ISO-8601 instant
     */
    public record AppraisalStampDto(String by, String at) {
        static AppraisalStampDto of(Stamp stamp) {
            return new AppraisalStampDto(stamp.by().key(), stamp.at().toString());
        }
    }

    /**
     * A composite as the core computed it.
     *
     * @param complete whether both inputs are known
     * @param missing the inputs still missing, e.g. {@code achievement-rate}
     * @param achievementRate actual ÷ target as a fraction, not capped, or {@code null}
     * @param processScore the process score, or {@code null}
     * @param resultsPoints points from results, or {@code null}
     * @param processPoints points from the process score, or {@code null}
     * @param score 0–100, one decimal, or {@code null} while incomplete
     * @param grade e.g. {@code good}, or {@code null} while incomplete
     * @param override the manager's rate in place of the computed one, with its reason, or {@code null}
     * @param explanation the arithmetic, in numbers and symbols
     * @param text the arithmetic in a sentence of the caller's language, naming an override and its reason
     */
    public record AppraisalCompositeDto(boolean complete, List<String> missing, BigDecimal achievementRate,
            Integer processScore, BigDecimal resultsPoints, BigDecimal processPoints, BigDecimal score, String grade,
            AppraisalOverrideDto override, String explanation, String text) {
        static AppraisalCompositeDto of(Composite c, I18nResolver i18n) {
            return new AppraisalCompositeDto(c.isComplete(),
                    c.missing().stream().map(WireCode::of).sorted().toList(),
                    RequestNumbers.json(c.achievementRate().orElse(null)),
                    c.processScore().isPresent() ? c.processScore().getAsInt() : null,
                    c.resultsPoints().orElse(null), c.processPoints().orElse(null),
                    c.isComplete() ? c.score() : null, c.isComplete() ? c.grade().code() : null,
                    c.override().map(o -> new AppraisalOverrideDto(RequestNumbers.json(o.rate()), o.reason(),
                            RequestNumbers.json(o.computedRate())))
                            .orElse(null),
                    c.explanation(), AppraisalTexts.composite(c, i18n::getText));
        }
    }

    /**
     * A manager's achievement rate in place of the computed one.
     *
     * @param rate the rate used, a fraction
     * @param reason why
     * @param computedRate what the evidence gave at the time, or {@code null} when it gave nothing
     */
    public record AppraisalOverrideDto(BigDecimal rate, String reason, BigDecimal computedRate) {
    }

    /**
     * The self-assessment.
     *
     * @param score on the process scale
     * @param comment possibly empty
     * @param stamp who and when
     */
    public record AppraisalSelfAssessmentViewDto(int score, String comment, AppraisalStampDto stamp) {
    }

    /**
     * The manager's assessment.
     *
     * @param processScore on the process scale
     * @param comment possibly empty
     * @param suggestion possibly empty
     * @param composite the composite it gave
     * @param achievement the achievement rate the evidence gave at the assessment, with every key result's line
     * @param stamp who and when
     */
    public record AppraisalManagerAssessmentViewDto(int processScore, String comment, String suggestion,
            AppraisalCompositeDto composite, AppraisalAchievementDto achievement, AppraisalStampDto stamp) {
    }

    /**
     * The appeal.
     *
     * @param reason why
     * @param stamp who and when
     */
    public record AppraisalAppealViewDto(String reason, AppraisalStampDto stamp) {
    }

    /**
     * The appeal's resolution.
     *
     * @param outcome {@code upheld} or {@code revised}
     * @param comment why
     * @param composite the composite that stands
     * @param stamp who and when
     */
    public record AppraisalAppealResolutionViewDto(String outcome, String comment, AppraisalCompositeDto composite,
            AppraisalStampDto stamp) {
    }

    /**
     * One step.
     *
     * @param from the state before
     * @param to the state after
     * @param stamp who and when
     */
    public record AppraisalTransitionDto(String from, String to, AppraisalStampDto stamp) {
    }

}
