package dev.cascade.okr.confluence;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Each parameter's rule, one named row each: what a page may hold, and the message key of each problem. A macro here
 * takes every parameter and needs {@code period}; today is 8 Dec 2026.
 */
@RunWith(Parameterized.class)
public class MacroParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Parameter(0)
    public String name;
    @Parameter(1)
    public String[] page;
    /** The problems' message keys, or the parameters read as {@code toString} of the fields checked. */
    @Parameter(2)
    public String expected;

    @Parameters(name = "{0}")
    public static Collection<Object[]> rows() {
        return Arrays.asList(new Object[][] {
            {"all valid", new String[] {"period", " 2026-Q1 ", "project", "CASC", "goal", "42", "columns",
                "goal, target", "depth", "5", "asOf", "2026-09-30"}, "CASC 2026-Q1 42 [goal, target] 5 2026-09-30"},
            {"defaults", new String[] {"period", "2026"}, "null 2026 null [] 3 null"},
            {"today may be frozen", new String[] {"period", "2026", "asOf", "2026-12-08"},
                "null 2026 null [] 3 2026-12-08"},
            {"half year and month", new String[] {"period", "2026-H2", "goal", "1"}, "null 2026-H2 1 [] 3 null"},
            {"blank counts as absent", new String[] {"period", "2026", "project", "  "}, "null 2026 null [] 3 null"},
            {"Confluence's own parameters are ignored", new String[] {"period", "2026", ": = | RAW | = :", "x",
                "atlassian-macro-output-type", "BLOCK"}, "null 2026 null [] 3 null"},
            {"missing required", new String[] {}, "cascade.macro.param.required"},
            {"lower-case project", new String[] {"period", "2026", "project", "casc"},
                "cascade.macro.param.project.invalid"},
            {"project with a path", new String[] {"period", "2026", "project", "CASC/../x"},
                "cascade.macro.param.project.invalid"},
            {"quarter 5", new String[] {"period", "2026-Q5"}, "cascade.macro.param.period.invalid"},
            {"month 13", new String[] {"period", "2026-13"}, "cascade.macro.param.period.invalid"},
            {"period with a query", new String[] {"period", "2026&project=X"}, "cascade.macro.param.period.invalid"},
            {"goal zero", new String[] {"period", "2026", "goal", "0"}, "cascade.macro.param.goal.invalid"},
            {"goal negative", new String[] {"period", "2026", "goal", "-3"}, "cascade.macro.param.goal.invalid"},
            {"goal too long", new String[] {"period", "2026", "goal", "1234567890123456789"},
                "cascade.macro.param.goal.invalid"},
            {"column with markup", new String[] {"period", "2026", "columns", "goal,<b>"},
                "cascade.macro.param.columns.invalid"},
            {"empty column", new String[] {"period", "2026", "columns", "goal,,target"},
                "cascade.macro.param.columns.invalid"},
            {"21 columns", new String[] {"period", "2026", "columns", String.join(",", List.of("a", "b", "c", "d",
                "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u"))},
                "cascade.macro.param.columns.too-many"},
            {"depth 0", new String[] {"period", "2026", "depth", "0"}, "cascade.macro.param.depth.invalid"},
            {"depth 11", new String[] {"period", "2026", "depth", "11"}, "cascade.macro.param.depth.invalid"},
            {"depth a word", new String[] {"period", "2026", "depth", "deep"}, "cascade.macro.param.depth.invalid"},
            {"day not a day", new String[] {"period", "2026", "asOf", "2026-02-30"},
                "cascade.macro.param.as-of.invalid"},
            {"day another format", new String[] {"period", "2026", "asOf", "30/09/2026"},
                "cascade.macro.param.as-of.invalid"},
            {"day tomorrow", new String[] {"period", "2026", "asOf", "2026-12-09"},
                "cascade.macro.param.as-of.future"},
            {"unknown name", new String[] {"period", "2026", "colour", "red"}, "cascade.macro.param.unknown"},
            {"every problem at once", new String[] {"project", "x", "depth", "99"},
                "cascade.macro.param.required cascade.macro.param.project.invalid "
                        + "cascade.macro.param.depth.invalid"},
        });
    }

    @Test
    public void shouldReadOrNameTheProblemWhenThePageHoldsTheRowsValues() {
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < page.length; i += 2) {
            raw.put(page[i], page[i + 1]);
        }
        MacroParameters.Reading reading = MacroParameters.read(raw, EnumSet.allOf(MacroParameter.class),
                Set.of(MacroParameter.PERIOD), TODAY);

        String actual = reading.valid() ? describe(reading.parameters())
                : String.join(" ", reading.problems().stream().map(MacroParameters.Problem::messageKey).toList());
        assertEquals(expected, actual);
    }

    @Test
    public void shouldRefuseAParameterTheMacroDoesNotTakeWhenGiven() {
        MacroParameters.Reading reading = MacroParameters.read(Map.of("period", "2026", "goal", "7"),
                EnumSet.of(MacroParameter.PERIOD), Set.of(MacroParameter.PERIOD), TODAY);

        assertEquals(List.of(new MacroParameters.Problem(MacroParameter.GOAL, "cascade.macro.param.not-taken", "")),
                reading.problems());
    }

    private static String describe(MacroParameters parameters) {
        return parameters.project() + " " + parameters.period() + " " + parameters.goal() + " "
                + parameters.columns() + " " + parameters.depth() + " " + parameters.asOf();
    }
}
