package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.Grade.EXCELLENT;
import static dev.cascade.okr.core.appraisal.Grade.GOOD;
import static dev.cascade.okr.core.appraisal.Grade.NEEDS_IMPROVEMENT;
import static dev.cascade.okr.core.appraisal.Grade.PASS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The advisory distribution check: warnings above the guided share, none for small groups, never an error. */
@RunWith(Parameterized.class)
public class GradeDistributionCheckTest extends TableCase<GradeDistributionCheckTest.Group, String> {

    private static final AppraisalScheme DEFAULTS = AppraisalScheme.defaults();
    private static final AppraisalScheme STRICT = SchemeBuilder.defaults()
            .shares(Map.of(EXCELLENT, Weight.ofPercent(10), NEEDS_IMPROVEMENT, new Weight(1050))).build();
    private static final AppraisalScheme NONE = SchemeBuilder.defaults().shares(Map.of()).build();
    private static final String WARNING = "appraisal.distribution-exceeds-guidance@grades:";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"nobody", DEFAULTS, List.of(), ""},
            {"4 people all Excellent: too few to judge", DEFAULTS, n(4, EXCELLENT), ""},
            {"5 people at exactly the guidance", DEFAULTS, grades(1, 2, 2, 0), ""},
            {"5 people, 2 Excellent", DEFAULTS, grades(2, 0, 3, 0), WARNING + "cascade.grade.excellent,40.0,20"},
            {"7 people, 2 Excellent", DEFAULTS, grades(2, 2, 3, 0), WARNING + "cascade.grade.excellent,28.6,20"},
            {"10 people, too many Excellent and Good", DEFAULTS, grades(3, 5, 0, 2),
                WARNING + "cascade.grade.excellent,30.0,20; " + WARNING + "cascade.grade.good,50.0,40"},
            {"10 people, order of grades does not matter", DEFAULTS, shuffled(grades(3, 5, 0, 2)),
                WARNING + "cascade.grade.excellent,30.0,20; " + WARNING + "cascade.grade.good,50.0,40"},
            {"6 people all Needs improvement: no guidance there", DEFAULTS, n(6, NEEDS_IMPROVEMENT), ""},
            {"6 people all Pass", DEFAULTS, n(6, PASS), ""},
            {"guidance with decimals: 2 of 20 is not above 10.5%", STRICT, grades(2, 0, 16, 2), ""},
            {"guidance with decimals: 3 of 20 is above 10.5%", STRICT, grades(0, 0, 17, 3),
                WARNING + "cascade.grade.needs-improvement,15.0,10.5"},
            {"guidance on a lower grade", STRICT, grades(1, 3, 4, 2),
                WARNING + "cascade.grade.needs-improvement,20.0,10.5"},
            {"no guidance configured", NONE, n(8, EXCELLENT), ""},
        });
    }

    private static List<Grade> n(int count, Grade grade) {
        return Collections.nCopies(count, grade);
    }

    private static List<Grade> grades(int excellent, int good, int pass, int needsImprovement) {
        List<Grade> grades = new ArrayList<>();
        grades.addAll(n(excellent, EXCELLENT));
        grades.addAll(n(good, GOOD));
        grades.addAll(n(pass, PASS));
        grades.addAll(n(needsImprovement, NEEDS_IMPROVEMENT));
        return grades;
    }

    private static List<Grade> shuffled(List<Grade> grades) {
        List<Grade> reordered = new ArrayList<>(grades);
        Collections.reverse(reordered);
        Collections.swap(reordered, 0, 5);
        return reordered;
    }

    public GradeDistributionCheckTest(String name, AppraisalScheme scheme, List<Grade> grades, String expected) {
        super(new Group(scheme, grades), expected);
    }

    @Test
    public void shouldWarnOnlyAboveTheGuidanceWhenTheGroupIsLargeEnough() {
        List<Violation> findings = new GradeDistributionCheck().check(given.scheme(), given.grades());

        assertEquals(expected, Findings.of(findings));
        for (Violation finding : findings) {
            assertFalse("a distribution finding is never an error: " + finding, finding.isError());
        }
    }

    /** A scheme and the grades given in one group. */
    record Group(AppraisalScheme scheme, List<Grade> grades) {
    }
}
