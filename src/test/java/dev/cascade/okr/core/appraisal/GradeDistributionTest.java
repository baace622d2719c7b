package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * The grade distribution of a group: counts for every grade, shares of the people graded, the people not graded yet,
 * and the scheme's guidance as warnings (at most 20% Excellent by default), never errors.
 */
public class GradeDistributionTest {

    private static final GradeDistributionCheck CHECK = new GradeDistributionCheck();

    @Test
    public void shouldCountAndShareEveryGradeAndWarnWhenTooManyAreExcellent() {
        GradeDistribution distribution = CHECK.distribution(AppraisalScheme.defaults(), List.of(Grade.EXCELLENT,
                Grade.EXCELLENT, Grade.GOOD, Grade.GOOD, Grade.PASS), 2);

        assertEquals(Integer.valueOf(2), distribution.counts().get(Grade.EXCELLENT));
        assertEquals(Integer.valueOf(0), distribution.counts().get(Grade.NEEDS_IMPROVEMENT));
        assertEquals(5, distribution.graded());
        assertEquals(2, distribution.incomplete());
        assertEquals(Optional.of(new BigDecimal("40.0")), distribution.share(Grade.EXCELLENT));
        assertEquals(Optional.of(new BigDecimal("0.0")), distribution.share(Grade.NEEDS_IMPROVEMENT));
        assertEquals("appraisal.distribution-exceeds-guidance@grades:cascade.grade.excellent,40.0,20",
                Findings.of(distribution.warnings()));
        assertTrue(distribution.warnings().stream().noneMatch(w -> w.isError()));
    }

    @Test
    public void shouldNotWarnWhenTheSharesKeepToTheGuidance() {
        GradeDistribution distribution = CHECK.distribution(AppraisalScheme.defaults(), List.of(Grade.EXCELLENT,
                Grade.GOOD, Grade.GOOD, Grade.PASS, Grade.PASS), 0);

        assertEquals(List.of(), distribution.warnings());
        assertEquals(Optional.of(new BigDecimal("20.0")), distribution.share(Grade.EXCELLENT));
    }

    @Test
    public void shouldUseTheSchemesOwnLimitWhenConfigured() {
        AppraisalScheme strict = AppraisalScheme.defaults();
        AppraisalScheme tenPercent = AppraisalScheme.of(new AppraisalSchemeDraft(strict.resultsWeight(),
                strict.processWeight(), strict.achievementCap(), strict.processScaleMin(), strict.processScaleMax(),
                strict.gradeBands(), Map.of(Grade.EXCELLENT, Weight.ofPercent(10)),
                strict.appealWindowDays())).value();

        GradeDistribution distribution = CHECK.distribution(tenPercent, List.of(Grade.EXCELLENT, Grade.GOOD,
                Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD), 0);

        assertEquals("appraisal.distribution-exceeds-guidance@grades:cascade.grade.excellent,12.5,10",
                Findings.of(distribution.warnings()));
    }

    @Test
    public void shouldHaveNoSharesWhenNobodyIsGradedYet() {
        GradeDistribution distribution = CHECK.distribution(AppraisalScheme.defaults(), Collections.emptyList(), 3);

        assertEquals(0, distribution.graded());
        assertEquals(Optional.empty(), distribution.share(Grade.GOOD));
        assertEquals(List.of(), distribution.warnings());
    }
}
