package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Back-filled history: the progress and amount of each past day from the issues' resolution dates, on every basis,
 * computed by the one progress policy.
 */
@RunWith(Parameterized.class)
public class IssueHistoryTest extends TableCase<IssueHistoryTest.Issues, IssueHistoryTest.Days> {

    private static final StatusCategory TODO = StatusCategory.TO_DO;
    private static final StatusCategory DOING = StatusCategory.IN_PROGRESS;
    private static final StatusCategory DONE = StatusCategory.DONE;
    private static final List<WorkLink> LINKS = List.of(new WorkLink.Epic("CASC-1"));
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final String FIELD = "customfield_10200";

    /** Three issues: resolved on 2 and 4 March, one still in progress; 3, 5 and 2 points; field 10, 30, 50. */
    private static final List<IssueFact> THREE = List.of(
            fact("A-1", DONE, "2026-03-02T09:00:00Z", 3.0, 10.0),
            fact("A-2", DONE, "2026-03-04T23:59:59Z", 5.0, 30.0),
            fact("A-3", DOING, null, 2.0, 50.0));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, measure, issues, zone, progress per day 1..5 March (Double or NoDataReason), amount per day
            {"count: Done from the day of resolution", basis(ProgressBasis.ISSUE_COUNT_DONE), THREE, ZoneOffset.UTC,
                List.of(0.0, 1.0 / 3, 1.0 / 3, 2.0 / 3, 2.0 / 3), List.of("0", "1", "1", "2", "2")},
            {"count: the time zone decides the day", basis(ProgressBasis.ISSUE_COUNT_DONE), THREE,
                ZoneId.of("Asia/Shanghai"),
                List.of(0.0, 1.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3), List.of("0", "1", "1", "1", "2")},
            {"story points on Done issues", basis(ProgressBasis.STORY_POINTS_DONE), THREE, ZoneOffset.UTC,
                List.of(0.0, 0.3, 0.3, 0.8, 0.8), List.of("0", "3", "3", "8", "8")},
            {"partial credit: before resolution a Done issue counts as To Do", basis(ProgressBasis.STATUS_WEIGHTED),
                THREE, ZoneOffset.UTC,
                List.of(0.5 / 3, 1.5 / 3, 1.5 / 3, 2.5 / 3, 2.5 / 3), List.of("0.5", "1.5", "1.5", "2.5", "2.5")},
            {"numeric field: the sum over Done issues", field("80"), THREE, ZoneOffset.UTC,
                List.of(0.0, 0.125, 0.125, 0.5, 0.5), List.of("0", "10", "10", "40", "40")},
            {"Done without a resolution date counts on every day", basis(ProgressBasis.ISSUE_COUNT_DONE),
                List.of(fact("B-1", DONE, null, null, null), fact("B-2", TODO, null, null, null)), ZoneOffset.UTC,
                List.of(0.5, 0.5, 0.5, 0.5, 0.5), List.of("1", "1", "1", "1", "1")},
            {"resolved but reopened: Done from the resolution day", basis(ProgressBasis.ISSUE_COUNT_DONE),
                List.of(fact("C-1", DOING, "2026-03-03T12:00:00Z", null, null)), ZoneOffset.UTC,
                List.of(0.0, 0.0, 1.0, 1.0, 1.0), List.of("0", "0", "1", "1", "1")},
            {"no issues: no data on every day", basis(ProgressBasis.ISSUE_COUNT_DONE), List.of(), ZoneOffset.UTC,
                List.of(NoDataReason.EMPTY_EPIC, NoDataReason.EMPTY_EPIC, NoDataReason.EMPTY_EPIC,
                    NoDataReason.EMPTY_EPIC, NoDataReason.EMPTY_EPIC),
                Arrays.asList(null, null, null, null, null)},
            {"no estimates: no data on every day", basis(ProgressBasis.STORY_POINTS_DONE),
                List.of(fact("D-1", DONE, "2026-03-01T00:00:00Z", null, null)), ZoneOffset.UTC,
                List.of(NoDataReason.NO_ESTIMATES, NoDataReason.NO_ESTIMATES, NoDataReason.NO_ESTIMATES,
                    NoDataReason.NO_ESTIMATES, NoDataReason.NO_ESTIMATES),
                Arrays.asList(null, null, null, null, null)},
            {"an issue under two links counts twice", basis(ProgressBasis.ISSUE_COUNT_DONE),
                List.of(THREE.get(0), THREE.get(0), THREE.get(2)), ZoneOffset.UTC,
                List.of(0.0, 2.0 / 3, 2.0 / 3, 2.0 / 3, 2.0 / 3), List.of("0", "2", "2", "2", "2")},
        });
    }

    /** One case. */
    public IssueHistoryTest(String name, IssueMeasure measure, List<IssueFact> issues, ZoneId zone,
            List<Object> progress, List<String> amounts) {
        super(new Issues(measure, issues, zone), new Days(progress, amounts));
    }

    @Test
    public void shouldGiveEachDayTheProgressOfItsResolvedIssuesWhenReconstructed() {
        List<IssueHistory.Day> days = new IssueHistory().reconstruct(given.measure(), given.facts(), MAR_1,
                MAR_1.plusDays(4), given.zone());

        assertEquals(5, days.size());
        for (int i = 0; i < 5; i++) {
            IssueHistory.Day day = days.get(i);
            assertEquals(MAR_1.plusDays(i), day.day());
            Progress shown = day.evaluation().progress();
            if (expected.progress().get(i) instanceof NoDataReason reason) {
                assertEquals("day " + i, Progress.noData(reason), shown);
            } else {
                assertEquals("day " + i, (Double) expected.progress().get(i), shown.fraction(), 1e-12);
            }
            assertEquals("amount of day " + i, Optional.ofNullable(expected.amounts().get(i)).map(BigDecimal::new),
                    day.amount());
            assertEquals(given.facts().size(), day.completion().total());
        }
    }

    @Test
    public void shouldMatchThePolicyOfTodayWhenTheLastDayIsAfterEveryResolution() {
        IssueHistory.Day last = new IssueHistory().reconstruct(given.measure(), given.facts(), MAR_1.plusDays(30),
                MAR_1.plusDays(30), given.zone()).get(0);
        IssueCompletion now = IssueCompletion.NONE;
        for (IssueFact fact : given.facts()) {
            StatusCategory current = fact.resolvedAt() != null ? DONE : fact.category();
            now = now.plus(current, fact.storyPoints(),
                    given.measure().numericFieldId() == null ? null : fact.fieldValues().get(FIELD));
        }

        assertEquals(new KeyResultProgressPolicy().evaluate(given.measure(), Observation.issues(now)),
                last.evaluation());
    }

    // ---- fixtures ----

    private static IssueFact fact(String key, StatusCategory category, String resolvedAt, Double points,
            Double field) {
        return new IssueFact(key, key, category, resolvedAt == null ? null : Instant.parse(resolvedAt), points,
                field == null ? Map.of() : Map.of(FIELD, field), false);
    }

    private static IssueMeasure basis(ProgressBasis basis) {
        return new IssueMeasure(basis, StatusWeights.defaults(), null, null, LINKS);
    }

    private static IssueMeasure field(String target) {
        return new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(), FIELD,
                TargetTiers.of(new BigDecimal(target)), LINKS);
    }

    /** The measure, the issues with their history, and the time zone days are counted in. */
    record Issues(IssueMeasure measure, List<IssueFact> facts, ZoneId zone) {
    }

    /** Per day from March 1: the progress (a fraction or the reason there is none) and the amount, if any. */
    record Days(List<Object> progress, List<String> amounts) {
    }
}
