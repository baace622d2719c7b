package dev.cascade.okr.core.plan;

import static dev.cascade.okr.core.plan.PlanFixture.ANN;
import static dev.cascade.okr.core.plan.PlanFixture.BOB;
import static dev.cascade.okr.core.plan.PlanFixture.CAT;
import static dev.cascade.okr.core.plan.PlanFixture.DAN;
import static dev.cascade.okr.core.plan.PlanFixture.I2;
import static dev.cascade.okr.core.plan.PlanFixture.Q1;
import static dev.cascade.okr.core.plan.PlanFixture.T1;
import static dev.cascade.okr.core.plan.PlanFixture.T3;
import static dev.cascade.okr.core.plan.RaciRole.ACCOUNTABLE;
import static dev.cascade.okr.core.plan.RaciRole.CONSULTED;
import static dev.cascade.okr.core.plan.RaciRole.INFORMED;
import static dev.cascade.okr.core.plan.RaciRole.RESPONSIBLE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.plan.PlanFixture.Draft;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Each rule for a submitted initiative or task: the stable code, the field it names, its arguments and whether it is
 * an error ({@code E}) or a warning ({@code W}). New items get id 99; {@code T1} and {@code I1} update existing ones.
 */
@RunWith(Parameterized.class)
public class ActionPlanPolicyTest extends TableCase<ActionPlanPolicyTest.Submission, String> {

    private static final String I = "initiative";
    private static final String T = "task";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // well-formed
            {"valid initiative", I, ok(), ""},
            {"valid task", T, ok(), ""},
            {"valid task with every field", T, change(d -> d.status(PlanItemStatus.IN_PROGRESS).jiraKey("MKT-12")
                    .risk("Venue cancels", "Go online", RiskLevel.MEDIUM).waitsFor(T1, I2)), ""},
            // title and description
            {"title missing", I, change(d -> d.title(null)), "E title.required@title"},
            {"title blank", T, change(d -> d.title(" \t")), "E title.required@title"},
            {"title of 255 characters", I, change(d -> d.title("x".repeat(255))), ""},
            {"title of 256 characters", I, change(d -> d.title("x".repeat(256))), "E title.too-long@title[255]"},
            {"title with a control character", T, change(d -> d.title("a\u0007b")),
                "E title.control-characters@title"},
            {"description of 4000 characters", T, change(d -> d.description("y".repeat(4000))), ""},
            {"description of 4001 characters", T, change(d -> d.description("y".repeat(4001))),
                "E description.too-long@description[4000]"},
            {"description with line breaks and a tab", T, change(d -> d.description("a\r\nb\tc")), ""},
            {"description with a control character", T, change(d -> d.description("a\u0000b")),
                "E text.control-characters@description"},
            {"no description", I, change(d -> d.description(null)), ""},
            // owner
            {"owner missing", I, change(d -> d.owner(null)), "E plan.owner-required@owner"},
            {"owner only consulted", T, change(d -> d.owner(CAT).raci(ANN, RESPONSIBLE, BOB, ACCOUNTABLE, CAT,
                    CONSULTED)), "W plan.owner-not-responsible@owner"},
            {"owner has no role", T, change(d -> d.owner(DAN)), "W plan.owner-not-responsible@owner"},
            {"owner is the approver", T, change(d -> d.owner(BOB)), ""},
            // dates
            {"start missing", I, change(d -> d.start(null)), "E plan.start-required@start"},
            {"due missing", I, change(d -> d.due(null)), "E plan.due-required@due"},
            {"due before start", I, change(d -> d.start("02-10").due("02-09")),
                "E plan.due-before-start@due[2025-02-09|2025-02-10]"},
            {"due on the start day", I, change(d -> d.start("02-10").due("02-10")), ""},
            {"initiative on the period's first and last day", I, change(d -> d.start("01-01").due("03-31")), ""},
            {"start before the period", I, change(d -> d.start("2024-12-31")),
                "E plan.dates-outside-period@start[2024-12-31|2025-01-01|2025-03-31]"},
            {"due after the period", T, change(d -> d.due("04-01")),
                "E plan.dates-outside-period@due[2025-04-01|2025-01-01|2025-03-31],"
                + "W plan.dates-outside-initiative@due[2025-04-01|2025-01-06|2025-03-28]"},
            {"both dates outside the period", I, change(d -> d.start("2024-10-01").due("2025-06-30")),
                "E plan.dates-outside-period@start[2024-10-01|2025-01-01|2025-03-31],"
                + "E plan.dates-outside-period@due[2025-06-30|2025-01-01|2025-03-31]"},
            {"task starts before its initiative", T, change(d -> d.start("01-02")),
                "W plan.dates-outside-initiative@start[2025-01-02|2025-01-06|2025-03-28]"},
            {"task due after its initiative", T, change(d -> d.due("03-29")),
                "W plan.dates-outside-initiative@due[2025-03-29|2025-01-06|2025-03-28]"},
            {"task on its initiative's first and last day", T, change(d -> d.start("01-06").due("03-28")), ""},
            // the initiative of a task
            {"task without initiative", T, change(d -> d.initiative(null)), "E plan.initiative-required@initiative"},
            {"task of an unknown initiative", T, change(d -> d.initiative(new InitiativeId(7))),
                "E plan.initiative-unknown@initiative[7]"},
            // RACI
            {"no RACI roles", T, change(Draft::raci),
                "E plan.raci-accountable-required@raci,E plan.raci-responsible-required@raci"},
            {"no one accountable", T, change(d -> d.raci(ANN, RESPONSIBLE, BOB, INFORMED)),
                "E plan.raci-accountable-required@raci"},
            {"two accountable", T, change(d -> d.raci(ANN, RESPONSIBLE, BOB, ACCOUNTABLE, CAT, ACCOUNTABLE)),
                "E plan.raci-accountable-duplicate@raci[2].role"},
            {"no one responsible", I, change(d -> d.raci(ANN, ACCOUNTABLE, BOB, CONSULTED)),
                "E plan.raci-responsible-required@raci"},
            {"two responsible and all four roles", I, change(d -> d.raci(ANN, RESPONSIBLE, DAN, RESPONSIBLE, BOB,
                    ACCOUNTABLE, CAT, CONSULTED)), ""},
            {"a person with two roles", I, change(d -> d.raci(ANN, RESPONSIBLE, ANN, ACCOUNTABLE)),
                "E plan.raci-person-duplicate@raci[1].person[ann]"},
            {"a role without a person", I, change(d -> d.raci(ANN, RESPONSIBLE, null, ACCOUNTABLE)),
                "E plan.person-required@raci[1].person"},
            {"a person without a role", I, change(d -> d.raci(ANN, RESPONSIBLE, BOB, ACCOUNTABLE, CAT, null)),
                "E plan.raci-role-required@raci[2].role"},
            {"an empty RACI entry", I, change(Draft::nullRaciEntry),
                "E plan.person-required@raci[2].person,E plan.raci-role-required@raci[2].role"},
            // resources
            {"budget with currency", I, change(d -> d.budget("12000.50", "CNY")), ""},
            {"budget of zero", I, change(d -> d.budget("0", "USD")), ""},
            {"budget with trailing zeros", I, change(d -> d.budget("99.5000", "EUR")), ""},
            {"negative budget", I, change(d -> d.budget("-0.01", "CNY")), "E plan.budget-negative@resources.budget"},
            {"budget with three decimals", I, change(d -> d.budget("10.555", "CNY")),
                "E plan.budget-too-precise@resources.budget[2]"},
            {"budget of 10^15", I, change(d -> d.budget("1000000000000000", "CNY")), ""},
            {"budget above 10^15", I, change(d -> d.budget("1000000000000000.01", "CNY")),
                "E amount.too-large@resources.budget[1000000000000000]"},
            {"budget without currency", T, change(d -> d.budget("100", null)),
                "E plan.currency-required@resources.currency"},
            {"budget with blank currency", T, change(d -> d.budget("100", " ")),
                "E plan.currency-required@resources.currency"},
            {"lower-case currency", I, change(d -> d.budget("100", "cny")),
                "E plan.currency-invalid@resources.currency[cny]"},
            {"made-up currency", I, change(d -> d.budget("100", "QQQ")),
                "E plan.currency-invalid@resources.currency[QQQ]"},
            {"negative budget in an unknown currency", I, change(d -> d.budget("-5", "RMB")),
                "E plan.budget-negative@resources.budget,E plan.currency-invalid@resources.currency[RMB]"},
            {"currency without budget is ignored", I, change(d -> d.budget(null, "CNY")), ""},
            {"named people", I, change(d -> d.people(CAT, DAN, CAT)), ""},
            {"a missing person", I, change(d -> d.people(CAT, null)), "E plan.person-required@resources.people[1]"},
            {"roles needed", T, change(d -> d.roles("2 engineers", "1 designer")), ""},
            {"a blank role", T, change(d -> d.roles("2 engineers", " ")),
                "E plan.resource-role-invalid@resources.roles[1][255]"},
            {"a role of 256 characters", T, change(d -> d.roles("r".repeat(256))),
                "E plan.resource-role-invalid@resources.roles[0][255]"},
            {"a role with a line break", T, change(d -> d.roles("2 engineers\n1 designer")),
                "E plan.resource-role-invalid@resources.roles[0][255]"},
            // risk
            {"low risk without contingency", T, change(d -> d.risk("Speaker ill", null, RiskLevel.LOW)), ""},
            {"high risk with contingency", T, change(d -> d.risk("Speaker ill", "Backup speaker", RiskLevel.HIGH)),
                ""},
            {"high risk without contingency", T, change(d -> d.risk("Speaker ill", " ", RiskLevel.HIGH)),
                "W plan.contingency-missing@risk.contingency"},
            {"risk without description", T, change(d -> d.risk(null, "Backup speaker", RiskLevel.LOW)),
                "E plan.risk-description-required@risk.description"},
            {"risk without level", T, change(d -> d.risk("Speaker ill", null, null)),
                "E plan.risk-level-required@risk.level"},
            {"empty risk means none", T, change(d -> d.risk("", null, null)), ""},
            {"risk description of 4001 characters", T, change(d -> d.risk("r".repeat(4001), null, RiskLevel.LOW)),
                "E description.too-long@risk.description[4000]"},
            {"risk description with a control character", T,
                change(d -> d.risk("a\u001bb", null, RiskLevel.LOW)), "E text.control-characters@risk.description"},
            {"contingency with a control character", T, change(d -> d.risk("r", "c\u0007", RiskLevel.LOW)),
                "E text.control-characters@risk.contingency"},
            {"contingency of 4001 characters", T, change(d -> d.risk("r", "c".repeat(4001), RiskLevel.LOW)),
                "E description.too-long@risk.contingency[4000]"},
            // dependencies
            {"dependency missing", T, change(d -> d.waitsFor((PlanItemId) null)),
                "E plan.dependency-required@dependencies[0]"},
            {"unknown task dependency", T, change(d -> d.waitsFor(T1, new TaskId(42))),
                "E plan.dependency-unknown@dependencies[1][task:42]"},
            {"unknown initiative dependency", I, change(d -> d.waitsFor(new InitiativeId(3))),
                "E plan.dependency-unknown@dependencies[0][initiative:3]"},
            {"task and initiative with the same number are different", I, change(d -> d.waitsFor(T3)), ""},
            {"same dependency twice", T, change(d -> d.waitsFor(T1, T1)), ""},
            // Jira keys
            {"epic key", I, change(d -> d.jiraKey("MKT_2-12")), ""},
            {"blank epic key means none", I, change(d -> d.jiraKey(" ")), ""},
            {"epic key of 256 characters", I, change(d -> d.jiraKey("M".repeat(254) + "-1")),
                "E epic.key-invalid@epicKey"},
            {"lower-case epic key", I, change(d -> d.jiraKey("mkt-12")), "E epic.key-invalid@epicKey"},
            {"epic key numbered 0", I, change(d -> d.jiraKey("MKT-0")), "E epic.key-invalid@epicKey"},
            {"epic key starting with a digit", I, change(d -> d.jiraKey("2MKT-1")), "E epic.key-invalid@epicKey"},
            {"issue key", T, change(d -> d.jiraKey("MKT-7")), ""},
            {"issue key without number", T, change(d -> d.jiraKey("MKT")), "E plan.issue-key-invalid@issueKey"},
            {"issue key with a space", T, change(d -> d.jiraKey("MKT- 7")), "E plan.issue-key-invalid@issueKey"},
        });
    }

    private static UnaryOperator<Draft> ok() {
        return d -> d;
    }

    private static UnaryOperator<Draft> change(UnaryOperator<Draft> change) {
        return change;
    }

    public ActionPlanPolicyTest(String name, String kind, UnaryOperator<Draft> change, String expected) {
        super(new Submission(kind, change), expected);
    }

    @Test
    public void shouldReportEachFindingWithCodeFieldArgumentsAndSeverityWhenAnItemIsSubmitted() {
        Validated<ActionPlan> result = put();

        assertEquals(expected, describe(result));
    }

    @Test
    public void shouldReturnThePlanWithTheItemExactlyWhenThereIsNoError() {
        Validated<ActionPlan> result = put();

        boolean hasError = expected.contains("E ");
        assertEquals(!hasError, result.isValid());
        if (!hasError) {
            List<PlanItem> before = PlanFixture.campaign().items();
            List<PlanItem> after = result.value().items();
            PlanItem stored = result.value().item(given.kind().equals(I) ? new InitiativeId(99) : new TaskId(99))
                    .orElseThrow();
            assertEquals(before.size() + 1, after.size());
            assertTrue(after.containsAll(before));
            assertEquals(given.change().apply(new Draft()).title, stored.title());
        }
    }

    private Validated<ActionPlan> put() {
        Draft draft = given.change().apply(new Draft());
        ActionPlanPolicy policy = new ActionPlanPolicy();
        return given.kind().equals(I)
                ? policy.putInitiative(PlanFixture.campaign(), Q1, new InitiativeId(99), draft.asInitiative())
                : policy.putTask(PlanFixture.campaign(), Q1, new TaskId(99), draft.asTask());
    }

    static String describe(Validated<?> result) {
        return result.violations().stream().map(ActionPlanPolicyTest::describe).collect(Collectors.joining(","));
    }

    static String describe(Violation v) {
        return (v.isError() ? "E " : "W ") + v.code().code() + "@" + v.field()
                + (v.args().isEmpty() ? "" : "[" + String.join("|", v.args()) + "]");
    }

    /** The kind of item submitted, {@link #I} or {@link #T}, and how its draft differs from a good one. */
    record Submission(String kind, UnaryOperator<Draft> change) {
    }
}
