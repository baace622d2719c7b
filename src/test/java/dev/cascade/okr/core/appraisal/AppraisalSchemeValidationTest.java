package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.SchemeBuilder.band;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every setting of the appraisal scheme: each bad value names its field, a stable code and the limits. */
@RunWith(Parameterized.class)
public class AppraisalSchemeValidationTest extends TableCase<SchemeBuilder, String> {

    private static final String CAP = "appraisal.cap-out-of-range@achievementCap:50,300";
    private static final String SCALE_MIN = "appraisal.process-scale-invalid@processScaleMin:0,10";
    private static final String SCALE_MAX = "appraisal.process-scale-invalid@processScaleMax:0,10";
    private static final String WINDOW = "appraisal.appeal-window-invalid@appealWindowDays:1,365";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        Map<Grade, Weight> missingShare = new HashMap<>();
        missingShare.put(Grade.EXCELLENT, null);
        return Arrays.asList(new Object[][] {
            {"defaults", s(), ""},
            // weights
            {"results 60 + process 30", s().weights(60, 30), "weights.not-100@resultsWeight:90.00"},
            {"results 80 + process 30", s().weights(80, 30), "weights.not-100@resultsWeight:110.00"},
            {"results 0 + process 100", s().weights(0, 100), ""},
            {"results 100 + process 0", s().weights(100, 0), ""},
            {"two-decimal weights", s().weights(new Weight(6667), new Weight(3333)), ""},
            {"two-decimal weights off by 0.01", s().weights(new Weight(6667), new Weight(3332)),
                "weights.not-100@resultsWeight:99.99"},
            {"no results weight", s().weights(null, Weight.ofPercent(30)), "weight.invalid@resultsWeight"},
            {"no process weight", s().weights(Weight.ofPercent(70), null), "weight.invalid@processWeight"},
            // cap
            {"cap missing", s().cap(null), CAP},
            {"cap 49%", s().cap("0.49"), CAP},
            {"cap 50%", s().cap("0.5"), ""},
            {"cap 120%", s().cap("1.2"), ""},
            {"cap 300%", s().cap("3.00"), ""},
            {"cap 301%", s().cap("3.01"), CAP},
            {"cap 100.5%", s().cap("1.005"), CAP},
            {"cap negative", s().cap("-1"), CAP},
            // process scale
            {"scale 1-5", s().scale(1, 5), ""},
            {"scale 0-10", s().scale(0, 10), ""},
            {"scale 1-2", s().scale(1, 2), ""},
            {"scale min negative", s().scale(-1, 5), SCALE_MIN},
            {"scale max 11", s().scale(1, 11), SCALE_MAX},
            {"scale min = max", s().scale(5, 5), SCALE_MAX},
            {"scale min > max", s().scale(6, 5), SCALE_MAX},
            {"scale 0-0", s().scale(0, 0), SCALE_MAX},
            {"scale min missing", s().scale(null, 5), SCALE_MIN},
            {"scale max missing", s().scale(1, null), SCALE_MAX},
            // grade bands
            {"bands missing", s().bands((GradeBand[]) null), "appraisal.grade-bands-required@gradeBands"},
            {"bands empty", s().bands(), "appraisal.grade-bands-required@gradeBands"},
            {"one band", s().bands(band(Grade.PASS, "60")), ""},
            {"Good skipped", s().bands(band(Grade.EXCELLENT, "90"), band(Grade.PASS, "60")), ""},
            {"band for Needs improvement",
                s().bands(band(Grade.EXCELLENT, "95"), band(Grade.GOOD, "85"), band(Grade.NEEDS_IMPROVEMENT, "10")),
                "appraisal.grade-band-grade-invalid@gradeBands[2].grade"},
            {"grade twice", s().bands(band(Grade.EXCELLENT, "95"), band(Grade.EXCELLENT, "85")),
                "appraisal.grade-band-grade-invalid@gradeBands[1].grade"},
            {"grades worst first", s().bands(band(Grade.GOOD, "95"), band(Grade.EXCELLENT, "85")),
                "appraisal.grade-band-grade-invalid@gradeBands[1].grade"},
            {"grade missing", s().bands(band(Grade.EXCELLENT, "95"), band(null, "85")),
                "appraisal.grade-band-grade-invalid@gradeBands[1].grade"},
            {"band missing", s().bands(band(Grade.EXCELLENT, "95"), null),
                "appraisal.grade-band-grade-invalid@gradeBands[1].grade; "
                    + "appraisal.grade-band-score-invalid@gradeBands[1].minScore:0,100"},
            {"minimum missing", s().bands(band(Grade.EXCELLENT, null)),
                "appraisal.grade-band-score-invalid@gradeBands[0].minScore:0,100"},
            {"minimum 0", s().bands(band(Grade.EXCELLENT, "95"), band(Grade.GOOD, "85"), band(Grade.PASS, "0")),
                "appraisal.grade-band-score-invalid@gradeBands[2].minScore:0,100"},
            {"minimum 0.1", s().bands(band(Grade.PASS, "0.1")), ""},
            {"minimum 100", s().bands(band(Grade.EXCELLENT, "100"), band(Grade.GOOD, "85")), ""},
            {"minimum 100.1", s().bands(band(Grade.EXCELLENT, "100.1")),
                "appraisal.grade-band-score-invalid@gradeBands[0].minScore:0,100"},
            {"minimum with one decimal", s().bands(band(Grade.EXCELLENT, "95.5")), ""},
            {"minimum with two decimals", s().bands(band(Grade.EXCELLENT, "95.55")),
                "appraisal.grade-band-score-invalid@gradeBands[0].minScore:0,100"},
            {"minimum 95.50 is one decimal", s().bands(band(Grade.EXCELLENT, "95.50")), ""},
            {"minimums equal", s().bands(band(Grade.EXCELLENT, "95"), band(Grade.GOOD, "95.0")),
                "appraisal.grade-band-score-not-descending@gradeBands[1].minScore:95"},
            {"minimums rising", s().bands(band(Grade.EXCELLENT, "85"), band(Grade.GOOD, "95")),
                "appraisal.grade-band-score-not-descending@gradeBands[1].minScore:85"},
            {"third minimum above the first",
                s().bands(band(Grade.EXCELLENT, "95"), band(Grade.GOOD, "85"), band(Grade.PASS, "96")),
                "appraisal.grade-band-score-not-descending@gradeBands[2].minScore:85"},
            // distribution guidance
            {"no guidance", s().shares(Map.of()), ""},
            {"guidance missing", s().shares(null), ""},
            {"guidance on every grade", s().shares(Map.of(Grade.EXCELLENT, Weight.ofPercent(10), Grade.GOOD,
                Weight.ofPercent(30), Grade.PASS, Weight.ofPercent(50), Grade.NEEDS_IMPROVEMENT,
                Weight.ofPercent(10))), ""},
            {"guidance share missing", s().shares(missingShare),
                "weight.invalid@distributionMaxShares.excellent"},
            // appeal window
            {"appeal window 1 day", s().appealWindow(1), ""},
            {"appeal window 365 days", s().appealWindow(365), ""},
            {"appeal window 0 days", s().appealWindow(0), WINDOW},
            {"appeal window 366 days", s().appealWindow(366), WINDOW},
            {"appeal window missing", s().appealWindow(null), WINDOW},
            // several at once, in field order
            {"everything missing", s().weights(null, null).cap(null).scale(null, null).bands().appealWindow(null),
                "weight.invalid@resultsWeight; weight.invalid@processWeight; " + CAP + "; " + SCALE_MIN + "; "
                    + SCALE_MAX + "; appraisal.grade-bands-required@gradeBands; " + WINDOW},
        });
    }

    private static SchemeBuilder s() {
        return SchemeBuilder.defaults();
    }

    public AppraisalSchemeValidationTest(String name, SchemeBuilder settings, String expected) {
        super(settings, expected);
    }

    @Test
    public void shouldReportExactlyTheExpectedViolationsWhenValidatingTheSettings() {
        Validated<AppraisalScheme> scheme = AppraisalScheme.of(given.draft());

        assertEquals(expected, Findings.of(scheme.violations()));
        assertEquals(expected.isEmpty(), scheme.isValid());
    }
}
