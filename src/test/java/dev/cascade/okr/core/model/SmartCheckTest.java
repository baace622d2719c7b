package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.experimental.runners.Enclosed;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The SMART check: vague wording without a number, missing fields, a deadline outside the period; warnings only. */
@RunWith(Enclosed.class)
public class SmartCheckTest {

    private static final Period Q1 = Period.quarter(2025, 1);
    private static final UserRef ANN = new UserRef("ann");

    /** A subject with nothing missing, so that each case shows only what it changes. */
    private static SmartSubject complete(String title, String description) {
        return new SmartSubject(title, description, true, new BigDecimal("45"), LocalDate.parse("2025-03-31"), ANN,
                Q1);
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> (v.isError() ? "E " : "W ") + v.code().code() + "@" + v.field()
                        + (v.args().isEmpty() ? "" : "[" + String.join("|", v.args()) + "]"))
                .collect(Collectors.joining(","));
    }

    /** Wording in English and Chinese: whether it warns, and the vague word it names as written. */
    @RunWith(Parameterized.class)
    public static class Wording {

        @Parameters(name = "{0} -> {1}")
        public static Collection<Object[]> cases() {
            return Arrays.asList(new Object[][] {
                // English, vague
                {"Improve customer satisfaction", "Improve"},
                {"Enhance the onboarding experience", "Enhance"},
                {"Increase revenue", "Increase"},
                {"Boost brand awareness", "Boost"},
                {"Strengthen partner relationships", "Strengthen"},
                {"Optimise the checkout flow", "Optimise"},
                {"OPTIMIZE BUILD TIMES", "OPTIMIZE"},
                {"Better onboarding for new hires", "Better"},
                {"Grow the enterprise segment", "Grow"},
                {"Drive growth in Europe", "growth"},
                {"Continuous improvement of support quality", "improvement"},
                {"Keep improving the docs", "improving"},
                {"Raise awareness of security", "Raise"},
                {"Maximize uptime", "Maximize"},
                {"Reduce churn", "Reduce"},
                {"Support the sales team", "Support"},
                {"Promote the new brand", "Promote"},
                {"Ensure on-time delivery", "Ensure"},
                {"Ship fixes as  soon as\tpossible", "as  soon as\tpossible"},
                {"Self-improvement for managers", "improvement"},
                {"Raise NPS by half", "Raise"},
                // English, not vague
                {"Improve NPS from 30 to 45", ""},
                {"Improvement of 5 points", ""},
                {"Ship self-service onboarding", ""},
                {"Increase conversion by 2.5%", ""},
                {"Increase ARR to \uff14\uff15\uff10 thousand", ""},
                {"Launch the improver programme", ""},
                {"Drop unsupported browsers", ""},
                {"Open the Grower network", ""},
                // Chinese, vague
                {"提升业绩", "提升"},
                {"加强团队建设", "加强"},
                {"进一步优化流程", "进一步"},
                {"大力推进数字化转型", "大力"},
                {"积极拓展市场", "积极"},
                {"尽量减少客户投诉", "尽量"},
                {"改善客户体验", "改善"},
                {"促进跨部门协作", "促进"},
                {"提升NPS", "提升"},
                {"提升上半年业绩", "提升"},
                {"提升第三季度业绩", "提升"},
                {"优化第三个版本", "优化"},
                {"完善十分重要的流程", "完善"},
                {"提高一点效率", "提高"},
                {"Improve 客户满意度", "Improve"},
                // Chinese, not vague
                {"提升业绩20%", ""},
                {"加强培训，每季度3次", ""},
                {"提升业绩２０％", ""},
                {"提高毛利率百分之五", ""},
                {"新客户增加三十个", ""},
                {"销售额提升一倍", ""},
                {"收入提高两成", ""},
                {"增加五千元预算", ""},
                {"提升 NPS 至 45", ""},
                {"上线自助开通功能", ""},
            });
        }

        private final String text;
        private final String word;

        public Wording(String text, String word) {
            this.text = text;
            this.word = word;
        }

        @Test
        public void shouldWarnWithTheVagueWordWhenTheTitleHasNoNumber() {
            String expected = word.isEmpty() ? "" : "W smart.vague-wording@title[" + word + "]";

            assertEquals(expected, describe(new SmartCheck().check(complete(text, null))));
        }

        @Test
        public void shouldWarnTheSameWayWhenTheDescriptionSaysIt() {
            String expected = word.isEmpty() ? "" : "W smart.vague-wording@description[" + word + "]";

            assertEquals(expected, describe(new SmartCheck().check(complete("Ship it", text))));
        }
    }

    /** Missing fields and the deadline against the period. */
    @RunWith(Parameterized.class)
    public static class Fields extends TableCase<SmartSubject, String> {

        @Parameters(name = "{0}")
        public static Collection<Object[]> cases() {
            return Arrays.asList(new Object[][] {
                {"complete", complete("Ship it", null), ""},
                {"measure missing", new SmartSubject("Ship it", null, false, BigDecimal.ONE, date("03-31"), ANN, Q1),
                    "W smart.measure-missing@measure"},
                {"target missing", new SmartSubject("Ship it", null, true, null, date("03-31"), ANN, Q1),
                    "W smart.target-missing@target"},
                {"target of zero is a target", new SmartSubject("Ship it", null, true, BigDecimal.ZERO,
                        date("03-31"), ANN, Q1), ""},
                {"deadline missing", new SmartSubject("Ship it", null, true, BigDecimal.ONE, null, ANN, Q1),
                    "W smart.deadline-missing@deadline"},
                {"owner missing", new SmartSubject("Ship it", null, true, BigDecimal.ONE, date("03-31"), null, Q1),
                    "W smart.owner-missing@owner"},
                {"deadline inside the period", deadline(date("02-14")), ""},
                {"deadline on the period's first day", deadline(date("01-01")), ""},
                {"deadline on the period's last day", deadline(date("03-31")), ""},
                {"deadline the day before the period", deadline(LocalDate.parse("2024-12-31")),
                    "W smart.deadline-outside-period@deadline[2024-12-31|2025-01-01|2025-03-31]"},
                {"deadline the day after the period", deadline(date("04-01")),
                    "W smart.deadline-outside-period@deadline[2025-04-01|2025-01-01|2025-03-31]"},
                {"deadline without a period", new SmartSubject("Ship it", null, true, BigDecimal.ONE,
                        date("12-31"), ANN, null), ""},
                {"nothing at all", new SmartSubject(null, null, false, null, null, null, null),
                    "W smart.measure-missing@measure,W smart.target-missing@target,"
                    + "W smart.deadline-missing@deadline,W smart.owner-missing@owner"},
                {"everything wrong", new SmartSubject("提升业绩", "We will enhance it", false, null, date("04-30"),
                        null, Q1),
                    "W smart.vague-wording@title[提升],W smart.vague-wording@description[enhance],"
                    + "W smart.measure-missing@measure,W smart.target-missing@target,"
                    + "W smart.deadline-outside-period@deadline[2025-04-30|2025-01-01|2025-03-31],"
                    + "W smart.owner-missing@owner"},
                {"a number in the description does not fix the title", complete("Improve onboarding",
                        "From 30 to 45 days"), "W smart.vague-wording@title[Improve]"},
                {"blank texts", complete(" ", ""), ""},
            });
        }

        private static LocalDate date(String monthDay) {
            return LocalDate.parse("2025-" + monthDay);
        }

        private static SmartSubject deadline(LocalDate deadline) {
            return new SmartSubject("Ship it", null, true, BigDecimal.ONE, deadline, ANN, Q1);
        }

        public Fields(String name, SmartSubject subject, String expected) {
            super(subject, expected);
        }

        @Test
        public void shouldWarnAboutEachMissingOrMisplacedFieldWhenChecked() {
            assertEquals(expected, describe(new SmartCheck().check(given)));
        }

        @Test
        public void shouldNeverReportAnErrorWhenChecked() {
            assertFalse(new SmartCheck().check(given).stream().anyMatch(Violation::isError));
        }
    }
}
