package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * One key result's line of the achievement derivation for every kind of measure: actual, target, rate and the
 * arithmetic shown, with the seed tables' examples (48 of 50 → 96%, 23,000 of 20,000 → 115%) and the edge cases (no
 * evidence, a zero target, a decrease, a band inside and outside).
 */
@RunWith(Parameterized.class)
public class AchievementPolicyTest extends TableCase<AchievementPolicyTest.Read, AchievementPolicyTest.Line> {

    private static final List<WorkLink> EPIC = List.of(new WorkLink.Epic("CASC-1"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"甲: 48 of 50 customers", metric(Direction.INCREASE, "0", "50"), Observation.value(bd("48")),
                AchievementBasis.METRIC_INCREASE, "48", "50", 0.96, "48 ÷ 50 = 96.0%"},
            {"乙: 23,000 of 20,000 revenue, not capped here", metric(Direction.INCREASE, "0", "20000"),
                Observation.value(bd("23000")), AchievementBasis.METRIC_INCREASE, "23000", "20000", 1.15,
                "23000 ÷ 20000 = 115.0%"},
            {"decrease: 8 defects against 10", metric(Direction.DECREASE, "40", "10"), Observation.value(bd("8")),
                AchievementBasis.METRIC_DECREASE, "8", "10", 1.25, "10 ÷ 8 = 125.0%"},
            {"no check-in yet: no rate, never 0", metric(Direction.INCREASE, "0", "50"), Observation.noCheckIn(),
                AchievementBasis.METRIC_INCREASE, null, "50", null, "? ÷ 50 = ?"},
            {"zero target: no rate", metric(Direction.INCREASE, "0", "0"), Observation.value(bd("3")),
                AchievementBasis.METRIC_INCREASE, "3", "0", null, "3 ÷ 0 = ?"},
            {"milestone done", new MilestoneMeasure("Launched"), Observation.milestone(true),
                AchievementBasis.MILESTONE, "1", "1", 1.0, "1 ÷ 1 = 100.0%"},
            {"milestone not done", new MilestoneMeasure("Launched"), Observation.milestone(false),
                AchievementBasis.MILESTONE, "0", "1", 0.0, "0 ÷ 1 = 0.0%"},
            {"band inside", new BandMeasure(bd("60"), bd("80"), "%"), Observation.value(bd("70")),
                AchievementBasis.BAND, "70", null, 1.0, "70 ∈ [60, 80] → 100.0%"},
            {"band outside by a quarter of its width", new BandMeasure(bd("60"), bd("80"), "%"),
                Observation.value(bd("85")), AchievementBasis.BAND, "85", null, 0.75, "85 ∉ [60, 80] → 75.0%"},
            {"issues Done: 48 of 50", IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, EPIC),
                Observation.issues(new IssueCompletion(50, 48, 1)), AchievementBasis.ISSUE_COUNT_DONE, "48", "50",
                0.96, "48 ÷ 50 = 96.0%"},
            {"partial credit: 2 done and 1 half of 4", IssueMeasure.of(ProgressBasis.STATUS_WEIGHTED, EPIC),
                Observation.issues(new IssueCompletion(4, 2, 1)), AchievementBasis.STATUS_WEIGHTED, "2.5", "4",
                0.625, "2.5 ÷ 4 = 62.5%"},
            {"issues not counted yet", IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, EPIC), null,
                AchievementBasis.ISSUE_COUNT_DONE, null, null, null, "? ÷ ? = ?"},
            {"numeric field: sum of Done issues against its target", new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                StatusWeights.defaults(), "customfield_10200", TargetTiers.of(bd("20000")), EPIC),
                Observation.issues(IssueCompletion.of(IssueCompletion.Tally.countsOnly(0),
                        IssueCompletion.Tally.countsOnly(0), new IssueCompletion.Tally(2, 0, 2, 23000, 0))),
                AchievementBasis.NUMERIC_FIELD, "23000", "20000", 1.15, "23000 ÷ 20000 = 115.0%"},
        });
    }

    public AchievementPolicyTest(String name, Measure measure, Observation observation, AchievementBasis basis,
            String actual, String target, Double rate, String explanation) {
        super(new Read(measure, observation), new Line(basis, actual, target, rate, explanation));
    }

    @Test
    public void shouldShowActualTargetAndRateWhenTheKeyResultIsRead() {
        KeyResultAchievement line = new AchievementPolicy().keyResult(new KeyResult(new KeyResultId(7), "Measured",
                Weight.FULL, given.measure(), Progress.noData(NoDataReason.NOT_COMPUTED), null), given.observation());

        assertEquals(expected.basis(), line.basis());
        assertEquals(expected.actual(), line.actual() == null ? null : line.actual().toPlainString());
        assertEquals(expected.target(), line.target() == null ? null : line.target().toPlainString());
        BigDecimal rate = expected.rate() == null ? null : Rates.fraction(expected.rate());
        assertEquals(rate, line.rate().isDefined() ? line.rate().rate() : null);
        assertEquals(expected.explanation(), line.explanation());
    }

    private static MetricMeasure metric(Direction direction, String start, String target) {
        return new MetricMeasure(direction, bd(start), TargetTiers.of(bd(target)), "");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** A key result's measure and what was observed for it. */
    record Read(Measure measure, Observation observation) {
    }

    /** The appraisal line: its basis, actual and target as plain numbers, rate as a fraction and explanation. */
    record Line(AchievementBasis basis, String actual, String target, Double rate, String explanation) {
    }
}
