package dev.cascade.okr.rest.appraisal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeDistribution;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.rest.http.ErrorDto;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.Distribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grade distribution of a project or the organisation for a period, as core counted it, with the scheme's
 * guidance and its warnings (advice, never an error).
 *
 * @param project the project key, or {@code null} for the organisation
 * @param periodStart the period's first day
 * @param periodEnd the period's last day
 * @param counted {@code everyone} (an app administrator) or {@code people-you-may-appraise} (the caller and the
 *     people they manage)
 * @param graded how many people have a grade
 * @param incomplete how many counted people have no grade yet (their composite is incomplete)
 * @param grades one entry per grade, best first
 * @param warnings the scheme's warnings, in the caller's language ({@code appraisal.distribution-exceeds-guidance})
 */
public record GradeDistributionDto(String project, String periodStart, String periodEnd, String counted, int graded,
        int incomplete, List<GradeShareDto> grades, List<ErrorDto> warnings) {

    static GradeDistributionDto of(Distribution distribution, I18nResolver i18n) {
        Map<Grade, Weight> guidance = distribution.guidance();
        GradeDistribution grades = distribution.grades();
        List<GradeShareDto> shares = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            Weight max = guidance.get(grade);
            shares.add(new GradeShareDto(grade.code(), i18n.getText(grade.i18nKey()), grades.counts().get(grade),
                    grades.share(grade).orElse(null), max == null ? null : max.percent()));
        }
        return new GradeDistributionDto(distribution.projectKey(), distribution.period().start().toString(),
                distribution.period().end().toString(), distribution.everyone() ? "everyone"
                        : "people-you-may-appraise", grades.graded(), grades.incomplete(), shares,
                RestResponses.errors(grades.warnings(), i18n));
    }

    /**
     * One grade.
     *
     * @param grade e.g. {@code excellent}
     * @param name the grade's name in the caller's language
     * @param count how many people have it
     * @param share per-cent of the people graded, one decimal, or {@code null} when nobody is graded
     * @param maxShare the scheme's guided maximum per-cent, or {@code null} when the grade has none
     */
    public record GradeShareDto(String grade, String name, int count, BigDecimal share, BigDecimal maxShare) {
    }
}
