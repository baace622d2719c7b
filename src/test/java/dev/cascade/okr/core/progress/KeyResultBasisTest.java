package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** What each stored figure counts: one named row per measure, evidence and override. */
@RunWith(Parameterized.class)
public class KeyResultBasisTest extends TableCase<KeyResultBasisTest.Stored, Optional<KeyResultBasis>> {

    private static final Instant MEASURED = Instant.parse("2026-12-07T09:30:00Z");
    private static final Instant SET = Instant.parse("2026-12-06T16:00:00Z");
    private static final List<WorkLink> EPIC = List.of(new WorkLink.Epic("CASC-1"));
    /** Two Done issues of 3 and 2 points, one In Progress of 3, one To Do without estimate; field 7 + 5 on Done. */
    private static final IssueCompletion FOUR = IssueCompletion.NONE
            .plus(StatusCategory.DONE, 3.0, 7.0).plus(StatusCategory.DONE, 2.0, 5.0)
            .plus(StatusCategory.IN_PROGRESS, 3.0, 1.5).plus(StatusCategory.TO_DO, null, null);
    private static final ManualOverride OVERRIDE = new ManualOverride(new BigDecimal("0.6"), "Signed contract",
            new UserRef("alice"), SET);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"share of issues done", issues(ProgressBasis.ISSUE_COUNT_DONE), Progress.of(0.5), FOUR, null,
                Optional.of(new KeyResultBasis.IssuesDone(2, 4))},
            {"story points, not issues", issues(ProgressBasis.STORY_POINTS_DONE), Progress.of(0.625), FOUR, null,
                Optional.of(new KeyResultBasis.StoryPoints(new BigDecimal("5"), new BigDecimal("8"), 1))},
            {"partial credit", new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, new StatusWeights(0, 0.5, 1), null,
                null, EPIC), Progress.of(0.625), FOUR, null, Optional.of(new KeyResultBasis.PartialCredit(2, 1, 4))},
            {"numeric field against its target", new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(),
                "customfield_10200", new TargetTiers(null, new BigDecimal("40.0"), null), EPIC), Progress.of(0.3),
                FOUR, null, Optional.of(new KeyResultBasis.NumericField("customfield_10200", new BigDecimal("12"),
                        new BigDecimal("40")))},
            {"check-in of a metric", metric(), Progress.of(0.5), null, null,
                Optional.of(new KeyResultBasis.CheckIn(MEASURED))},
            {"manual override wins", issues(ProgressBasis.STORY_POINTS_DONE), Progress.manual(0.6), FOUR, OVERRIDE,
                Optional.of(new KeyResultBasis.Manual(SET, new UserRef("alice")))},
            {"no data has no basis", issues(ProgressBasis.ISSUE_COUNT_DONE), Progress.noData(NoDataReason.EMPTY_EPIC),
                IssueCompletion.NONE, null, Optional.empty()},
            {"no check-in has no basis", metric(), Progress.noData(NoDataReason.NO_CHECK_IN), null, null,
                Optional.empty()},
        });
    }

    public KeyResultBasisTest(String name, Measure measure, Progress progress, IssueCompletion evidence,
            ManualOverride override, Optional<KeyResultBasis> expected) {
        super(new Stored(measure, progress, evidence, override), expected);
    }

    @Test
    public void shouldSayWhatTheFigureCountsWhenItIsStored() {
        KeyResult keyResult = new KeyResult(new KeyResultId(1), "K", Weight.FULL, given.measure(), given.progress(),
                given.evidence());

        assertEquals(expected, KeyResultBasis.of(keyResult, given.override(), MEASURED));
    }

    private static IssueMeasure issues(ProgressBasis basis) {
        return IssueMeasure.of(basis, EPIC);
    }

    private static MetricMeasure metric() {
        return new MetricMeasure(Direction.INCREASE, new BigDecimal("320"),
                new TargetTiers(null, new BigDecimal("500"), null), "sign-ups");
    }

    /** A key result's measure, progress and issue evidence as stored, and its manual override if any. */
    record Stored(Measure measure, Progress progress, IssueCompletion evidence, ManualOverride override) {
    }
}
