package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Which alignments the cascade accepts. The graph: company goal 1 (2026); department goals 2 and 3 (2026) support
 * 1; team goal 4 (Q1 2026) supports 2; person goal 5 (January 2026) supports 4; goal 6 (2027, company level) and
 * goal 7 (person, 2026) and goal 8 (person, 5 to 9 January 2026) stand alone. Depth limit 3 unless stated.
 */
@RunWith(Parameterized.class)
public class AlignmentPolicyTest extends TableCase<AlignmentPolicyTest.Link, AlignmentPolicyTest.Refusal> {

    @Parameters(name = "{0}: {1} -> {2}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"allowed: person to department", 7, 3, 3, List.of(), ""},
            {"allowed: second parent", 4, 3, 3, List.of(), ""},
            {"allowed: exactly at the depth limit", 8, 5, 4, List.of(), ""},
            {"self", 2, 2, 3, List.of(ViolationCode.ALIGNMENT_SELF), ""},
            {"duplicate", 2, 1, 3, List.of(ViolationCode.ALIGNMENT_DUPLICATE), ""},
            {"unknown parent", 2, 99, 3, List.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN), "99"},
            {"unknown child", 98, 1, 3, List.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN), "98"},
            {"two-goal cycle", 1, 2, 8, List.of(ViolationCode.ALIGNMENT_LEVEL_INVERTED, ViolationCode.ALIGNMENT_CYCLE),
                "1 \u2192 2 \u2192 1"},
            {"long cycle", 2, 5, 8,
                List.of(ViolationCode.ALIGNMENT_PERIOD_OUTSIDE, ViolationCode.ALIGNMENT_LEVEL_INVERTED,
                        ViolationCode.ALIGNMENT_CYCLE), "2 \u2192 5 \u2192 4 \u2192 2"},
            {"child period outside parent", 6, 1, 3, List.of(ViolationCode.ALIGNMENT_PERIOD_OUTSIDE),
                "2027-01-01..2027-12-31"},
            {"parent at lower level", 3, 7, 3, List.of(ViolationCode.ALIGNMENT_LEVEL_INVERTED), ""},
            {"too deep", 8, 5, 3, List.of(ViolationCode.ALIGNMENT_TOO_DEEP), "3"},
        });
    }

    public AlignmentPolicyTest(String name, int child, int parent, int depthLimit, List<ViolationCode> expected,
            String firstArg) {
        super(new Link(child, parent, depthLimit), new Refusal(expected, firstArg));
    }

    @Test
    public void shouldAnswerTheExpectedViolationsWhenGoalIsAligned() {
        LevelScheme scheme = LevelScheme.of(List.of("company", "department", "team", "individual"),
                List.of("Company", "Department", "Team", "Individual"), given.depthLimit()).value();

        List<Violation> violations = new AlignmentPolicy(scheme)
                .check(graph(), new ObjectiveId(given.child()), new ObjectiveId(given.parent()));

        List<ViolationCode> codes = new ArrayList<>();
        for (Violation violation : violations) {
            codes.add(violation.code());
            boolean unknownChild = violation.code() == ViolationCode.ALIGNMENT_GOAL_UNKNOWN && given.child() == 98;
            assertEquals(unknownChild ? "child" : "parent",
                    violation.field());
        }
        assertEquals(expected.codes(), codes);
        if (!expected.firstArg().isEmpty()) {
            assertEquals(expected.firstArg(), violations.get(violations.size() - 1).args().get(0));
        }
    }

    private static AlignmentGraph graph() {
        Period year = Period.year(2026);
        return AlignmentGraph.of(List.of(
                new AlignmentGraph.Node(new ObjectiveId(1), year, 0),
                new AlignmentGraph.Node(new ObjectiveId(2), year, 1),
                new AlignmentGraph.Node(new ObjectiveId(3), year, 1),
                new AlignmentGraph.Node(new ObjectiveId(4), Period.quarter(2026, 1), 2),
                new AlignmentGraph.Node(new ObjectiveId(5), Period.month(2026, 1), 3),
                new AlignmentGraph.Node(new ObjectiveId(6), Period.year(2027), 0),
                new AlignmentGraph.Node(new ObjectiveId(7), year, 3),
                new AlignmentGraph.Node(new ObjectiveId(8), Period.custom(
                        LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), "period").value(), 3)),
                List.of(align(2, 1), align(3, 1), align(4, 2), align(5, 4)));
    }

    private static Alignment align(int child, int parent) {
        return new Alignment(new ObjectiveId(child), new ObjectiveId(parent), Weight.ofPercent(50));
    }

    /** The goal aligned, the goal it is aligned to, and the depth the level scheme allows. */
    record Link(int child, int parent, int depthLimit) {
    }

    /** The codes of the violations in order, and the first argument of the last one ("" where none is checked). */
    record Refusal(List<ViolationCode> codes, String firstArg) {
    }
}
