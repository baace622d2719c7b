package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.SchemeBuilder.band;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The grade a composite earns: each band's minimum is inclusive, and below the last band is Needs improvement. */
@RunWith(Parameterized.class)
public class GradeBandsTest extends TableCase<GradeBandsTest.Graded, Grade> {

    private static final AppraisalScheme DEFAULTS = AppraisalScheme.defaults();
    /** A three-grade scheme without Good. */
    private static final AppraisalScheme NO_GOOD = SchemeBuilder.defaults()
            .bands(band(Grade.EXCELLENT, "90"), band(Grade.PASS, "60.5")).build();

    @Parameters(name = "{0}: {1} -> {2}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"defaults", "100.0", Grade.EXCELLENT, DEFAULTS},
            {"defaults", "95.0", Grade.EXCELLENT, DEFAULTS},
            {"defaults", "95", Grade.EXCELLENT, DEFAULTS},
            {"defaults", "94.9", Grade.GOOD, DEFAULTS},
            {"defaults", "85.0", Grade.GOOD, DEFAULTS},
            {"defaults", "84.9", Grade.PASS, DEFAULTS},
            {"defaults", "70.0", Grade.PASS, DEFAULTS},
            {"defaults", "69.9", Grade.NEEDS_IMPROVEMENT, DEFAULTS},
            {"defaults", "0.0", Grade.NEEDS_IMPROVEMENT, DEFAULTS},
            {"no Good", "100.0", Grade.EXCELLENT, NO_GOOD},
            {"no Good", "90.0", Grade.EXCELLENT, NO_GOOD},
            {"no Good", "89.9", Grade.PASS, NO_GOOD},
            {"no Good", "60.5", Grade.PASS, NO_GOOD},
            {"no Good", "60.4", Grade.NEEDS_IMPROVEMENT, NO_GOOD},
            {"no Good", "0.0", Grade.NEEDS_IMPROVEMENT, NO_GOOD},
        });
    }

    public GradeBandsTest(String name, String score, Grade expected, AppraisalScheme scheme) {
        super(new Graded(scheme, new BigDecimal(score)), expected);
    }

    @Test
    public void shouldGiveTheBestBandReachedWhenGrading() {
        assertEquals(expected, given.scheme().grade(given.score()));
    }

    /** The scheme and the composite score graded by it. */
    record Graded(AppraisalScheme scheme, BigDecimal score) {
    }
}
