package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Consumer;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every rule of a submitted check-in, each with its code, field and arguments. Goal period Q1 2024, today
 * 2024-02-15 unless a case moves it; check-ins may be dated up to 14 days after the period (2024-04-14).
 */
@RunWith(Parameterized.class)
public class CheckInPolicyTest extends TableCase<CheckInPolicyTest.Form, String> {

    /** A mutable stand-in for the submitted form. */
    static final class Form {
        BigDecimal value = dec("10");
        Integer confidence = 7;
        String progressNote = "Signed two customers";
        String problems = "Longer decision cycles";
        String solutions = "One more visit a week";
        String nextSteps = "Visit the key accounts";
        LocalDate date = day("2024-02-10");
        LocalDate today = day("2024-02-15");
        boolean valueRequired = true;

        CheckInDraft draft() {
            return new CheckInDraft(Fixtures.KR, value, confidence, progressNote, problems, solutions, nextSteps,
                    Fixtures.JIA, date);
        }
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"valid", change(f -> { }), ""},
            {"no texts at all", change(f -> {
                f.progressNote = null;
                f.problems = null;
                f.solutions = null;
                f.nextSteps = null;
            }), ""},
            {"missing value", change(f -> f.value = null), "checkin.value-required@value[]"},
            {"no value for an issue-driven key result", change(f -> {
                f.value = null;
                f.valueRequired = false;
            }), ""},
            {"a value for an issue-driven key result is still checked", change(f -> {
                f.value = dec("0.1234567");
                f.valueRequired = false;
            }), "amount.too-many-decimals@value[6]"},
            {"negative value", change(f -> f.value = dec("-5")), ""},
            {"largest value", change(f -> f.value = dec("-1000000000000000")), ""},
            {"too large", change(f -> f.value = dec("1000000000000001")),
                "amount.too-large@value[1000000000000000]"},
            {"seven decimals", change(f -> f.value = dec("1.0000001")), "amount.too-many-decimals@value[6]"},
            {"trailing zeros are not decimals", change(f -> f.value = dec("1.1000000000")), ""},
            {"missing confidence", change(f -> f.confidence = null), "checkin.confidence-required@confidence[]"},
            {"confidence 0", change(f -> f.confidence = 0), "checkin.confidence-out-of-range@confidence[1, 10]"},
            {"confidence 11", change(f -> f.confidence = 11), "checkin.confidence-out-of-range@confidence[1, 10]"},
            {"confidence 1", change(f -> f.confidence = 1), ""},
            {"confidence 10", change(f -> f.confidence = 10), ""},
            {"4000 characters", change(f -> f.progressNote = "x".repeat(4000)), ""},
            {"4001 characters of progress", change(f -> f.progressNote = "x".repeat(4001)),
                "text.too-long@progressNote[4000]"},
            {"4001 characters of problems", change(f -> f.problems = "x".repeat(4001)),
                "text.too-long@problems[4000]"},
            {"4001 characters of solutions", change(f -> f.solutions = "x".repeat(4001)),
                "text.too-long@solutions[4000]"},
            {"4001 characters of next steps", change(f -> f.nextSteps = "x".repeat(4001)),
                "text.too-long@nextSteps[4000]"},
            {"line feeds and tabs", change(f -> f.solutions = "1. call\n2.\tvisit"), ""},
            {"bell character", change(f -> f.problems = "a\u0007b"), "text.control-characters@problems[]"},
            {"carriage return", change(f -> f.nextSteps = "a\r\nb"), "text.control-characters@nextSteps[]"},
            {"delete character", change(f -> f.progressNote = "a\u007fb"),
                "text.control-characters@progressNote[]"},
            {"missing date", change(f -> f.date = null), "checkin.date-required@date[]"},
            {"dated today", change(f -> f.date = day("2024-02-15")), ""},
            {"dated tomorrow", change(f -> f.date = day("2024-02-16")), "checkin.date-in-future@date[2024-02-15]"},
            {"first day of the period", change(f -> f.date = day("2024-01-01")), ""},
            {"day before the period", change(f -> f.date = day("2023-12-31")),
                "checkin.date-outside-period@date[2024-01-01, 2024-04-14]"},
            {"last day of grace", change(f -> {
                f.date = day("2024-04-14");
                f.today = day("2024-05-01");
            }), ""},
            {"a day after the grace", change(f -> {
                f.date = day("2024-04-15");
                f.today = day("2024-05-01");
            }), "checkin.date-outside-period@date[2024-01-01, 2024-04-14]"},
            {"every field wrong", change(f -> {
                f.value = null;
                f.confidence = 12;
                f.problems = "\u0000";
                f.date = null;
            }), "checkin.value-required@value[],checkin.confidence-out-of-range@confidence[1, 10],"
                + "text.control-characters@problems[],checkin.date-required@date[]"},
        });
    }

    private static Form change(Consumer<Form> change) {
        Form form = new Form();
        change.accept(form);
        return form;
    }

    public CheckInPolicyTest(String name, Form form, String expected) {
        super(form, expected);
    }

    @Test
    public void shouldNameEachViolationWhenValidatingACheckIn() {
        Validated<CheckIn> result = new CheckInPolicy().validate(given.draft(), Fixtures.Q1_2024, given.valueRequired,
                given.today, Fixtures.T0);

        assertEquals(expected, String.join(",", result.violations().stream()
                .map(v -> v.code().code() + "@" + v.field() + v.args()).toList()));
        assertEquals(expected.isEmpty(), result.isValid());
        if (result.isValid()) {
            CheckIn checkIn = result.value();
            assertEquals(given.date, checkIn.date());
            assertEquals(given.confidence.intValue(), checkIn.confidence());
            assertEquals(given.problems == null ? "" : given.problems, checkIn.problems());
            assertEquals(Fixtures.T0, checkIn.recordedAt());
        }
    }
}
