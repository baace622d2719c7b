package dev.cascade.okr.web.appraisal;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeDistributionCheck;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.Distribution;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/** The grade distribution as the Appraisal tab shows it: the chart, the figures, the scheme's warnings, a refusal. */
public class GradeDistributionViewTest {

    private static Outcome<Distribution> distribution(List<Grade> grades, int incomplete) {
        AppraisalScheme scheme = AppraisalScheme.defaults();
        return Outcome.success(new Distribution("CASC", Period.year(2026), false,
                new GradeDistributionCheck().distribution(scheme, grades, incomplete), scheme.distributionMaxShares()));
    }

    @Test
    public void shouldDrawEveryGradeAndWarnWhenAGradeIsAboveItsGuidance() {
        GradeDistributionView view = GradeDistributionView.of(distribution(List.of(Grade.EXCELLENT, Grade.EXCELLENT,
                Grade.EXCELLENT, Grade.GOOD, Grade.PASS), 2), ENGLISH, Locale.ENGLISH);

        assertTrue(view.shown());
        assertEquals(4, view.rows().size());
        assertEquals("Excellent", view.rows().get(0).name());
        assertEquals(3, view.rows().get(0).count());
        assertEquals("60 %", view.rows().get(0).share());
        // The warning names the grade in the reader's language, not by its key.
        assertEquals(List.of("60.0% of this department is graded Excellent, above the guidance of at most 20%. Please "
                + "check these grades; this is only a notice and no grade is changed."), view.warnings());
        assertEquals("You and the people you manage: 5 graded, 2 not graded yet.", view.counted());
        assertThat(view.chartHtml(), containsString("role=\"img\""));
        assertThat(view.chartHtml(), containsString("Excellent: 3 people"));
        assertThat(view.chartHtml(), containsString("cascade-chart-guidance"));
    }

    @Test
    public void shouldNotWarnAndShowDashesWhenNobodyIsGraded() {
        GradeDistributionView view = GradeDistributionView.of(distribution(List.of(), 3), CHINESE,
                Locale.SIMPLIFIED_CHINESE);

        assertTrue(view.shown());
        assertTrue(view.warnings().isEmpty());
        assertFalse(view.anyone());
        assertEquals("\u2013", view.rows().get(1).share());
        assertThat(view.chartHtml(), containsString("\u826f\u597d"));
    }

    @Test
    public void shouldSayItIsForManagersWhenTheCallerManagesNobody() {
        GradeDistributionView view = GradeDistributionView.of(Outcome.failure(Outcome.Failure.FORBIDDEN,
                Violation.of(ViolationCode.FORBIDDEN, null)), ENGLISH, Locale.ENGLISH);

        assertFalse(view.shown());
        assertEquals("", view.chartHtml());
        assertThat(view.message(), containsString("managers"));
    }
}
