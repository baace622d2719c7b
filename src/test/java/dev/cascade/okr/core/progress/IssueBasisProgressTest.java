package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Issue-driven key results on each basis: share of Done issues, share of story points, partial credit per status
 * category, and the sum of a numeric field; with the no-data cases (empty, no estimates, no field values).
 */
@RunWith(Parameterized.class)
public class IssueBasisProgressTest extends TableCase<IssueBasisProgressTest.Counted, IssueBasisProgressTest.Shown> {

    private static final StatusCategory TODO = StatusCategory.TO_DO;
    private static final StatusCategory DOING = StatusCategory.IN_PROGRESS;
    private static final StatusCategory DONE = StatusCategory.DONE;
    private static final List<WorkLink> LINKS = List.of(new WorkLink.Epic("CASC-1"), new WorkLink.Jql("labels = q3"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        IssueCompletion points = IssueCompletion.NONE.plus(DONE, 5.0, null).plus(DOING, 3.0, null)
                .plus(TODO, 2.0, null);
        IssueCompletion unestimated = IssueCompletion.NONE.plus(DONE, 5.0, null).plus(DONE, null, null)
                .plus(TODO, 5.0, null).plus(TODO, null, null);
        IssueCompletion zeroPoints = IssueCompletion.NONE.plus(DONE, 0.0, null).plus(TODO, 0.0, null);
        IssueCompletion fields = IssueCompletion.NONE.plus(DONE, null, 60.0).plus(DONE, null, 55.0)
                .plus(DOING, null, 500.0).plus(TODO, null, null);
        IssueCompletion fieldsNotDone = IssueCompletion.NONE.plus(DONE, null, null).plus(DOING, null, 40.0);
        IssueCompletion negativeField = IssueCompletion.NONE.plus(DONE, null, 120.0).plus(DONE, null, -30.0);
        return Arrays.asList(new Object[][] {
            // name, measure, completion, progress (Double or NoDataReason), zone
            {"PRODUCT.md: 48 of 50 issues", count(), new IssueCompletion(50, 48, 2), 0.96, Zone.BELOW_FLOOR},
            {"nothing done", count(), new IssueCompletion(6, 0, 3), 0.0, Zone.BELOW_FLOOR},
            {"all done", count(), new IssueCompletion(6, 6, 0), 1.0, Zone.TARGET},
            {"in progress earns nothing by count", count(), new IssueCompletion(4, 1, 3), 0.25, Zone.BELOW_FLOOR},
            {"empty epic", count(), IssueCompletion.NONE, NoDataReason.EMPTY_EPIC, Zone.NONE},
            {"story points", basis(ProgressBasis.STORY_POINTS_DONE), points, 0.5, Zone.BELOW_FLOOR},
            {"unestimated issues weigh nothing", basis(ProgressBasis.STORY_POINTS_DONE), unestimated, 0.5,
                Zone.BELOW_FLOOR},
            {"all story points done", basis(ProgressBasis.STORY_POINTS_DONE),
                IssueCompletion.NONE.plus(DONE, 8.0, null).plus(TODO, null, null), 1.0, Zone.TARGET},
            {"no estimates at all", basis(ProgressBasis.STORY_POINTS_DONE), new IssueCompletion(3, 1, 1),
                NoDataReason.NO_ESTIMATES, Zone.NONE},
            {"only zero estimates", basis(ProgressBasis.STORY_POINTS_DONE), zeroPoints, NoDataReason.NO_ESTIMATES,
                Zone.NONE},
            {"story points, empty", basis(ProgressBasis.STORY_POINTS_DONE), IssueCompletion.NONE,
                NoDataReason.EMPTY_EPIC, Zone.NONE},
            {"partial credit, default weights", basis(ProgressBasis.STATUS_WEIGHTED), new IssueCompletion(6, 2, 2),
                0.5, Zone.BELOW_FLOOR},
            {"partial credit, custom weights", weighted(0.1, 0.6, 1.0), new IssueCompletion(4, 2, 1), 0.675,
                Zone.BELOW_FLOOR},
            {"partial credit, Done below 1", weighted(0.2, 0.2, 0.8), new IssueCompletion(3, 3, 0), 0.8,
                Zone.BELOW_FLOOR},
            {"partial credit, all done", basis(ProgressBasis.STATUS_WEIGHTED), new IssueCompletion(2, 2, 0), 1.0,
                Zone.TARGET},
            {"partial credit, empty", basis(ProgressBasis.STATUS_WEIGHTED), IssueCompletion.NONE,
                NoDataReason.EMPTY_EPIC, Zone.NONE},
            {"numeric field beyond target", field("100"), fields, 1.0, Zone.TARGET},
            {"numeric field, only Done issues count", field("200"), fields, 0.575, Zone.BELOW_FLOOR},
            {"numeric field, values only on open issues", field("100"), fieldsNotDone, 0.0, Zone.BELOW_FLOOR},
            {"numeric field, negative values count", field("100"), negativeField, 0.9, Zone.BELOW_FLOOR},
            {"numeric field, no values", field("100"), new IssueCompletion(3, 2, 0), NoDataReason.NO_FIELD_VALUES,
                Zone.NONE},
            {"numeric field, empty", field("100"), IssueCompletion.NONE, NoDataReason.EMPTY_EPIC, Zone.NONE},
            {"numeric field, floor reached", tiered("100", "130", "150"), fields, 115.0 / 130, Zone.FLOOR},
            {"numeric field, stretch reached", tiered("80", "100", "110"), fields, 1.0, Zone.STRETCH},
        });
    }

    private static IssueMeasure count() {
        return basis(ProgressBasis.ISSUE_COUNT_DONE);
    }

    private static IssueMeasure basis(ProgressBasis basis) {
        return IssueMeasure.of(basis, LINKS);
    }

    private static IssueMeasure weighted(double toDo, double inProgress, double done) {
        return new IssueMeasure(ProgressBasis.STATUS_WEIGHTED, new StatusWeights(toDo, inProgress, done), null, null,
                LINKS);
    }

    private static IssueMeasure field(String target) {
        return new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(), "customfield_10010",
                TargetTiers.of(new BigDecimal(target)), LINKS);
    }

    private static IssueMeasure tiered(String floor, String target, String stretch) {
        return new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(), "customfield_10010",
                new TargetTiers(new BigDecimal(floor), new BigDecimal(target), new BigDecimal(stretch)), LINKS);
    }

    public IssueBasisProgressTest(String name, IssueMeasure measure, IssueCompletion completion, Object expected,
            Zone zone) {
        super(new Counted(measure, completion), new Shown(expected, zone));
    }

    private KeyResultEvaluation evaluate() {
        return new KeyResultProgressPolicy().evaluate(given.measure(), Observation.issues(given.completion()));
    }

    @Test
    public void shouldComputeTheShareOfTheBasisOrSayWhyNotWhenIssuesAreCounted() {
        Progress progress = evaluate().progress();

        if (expected.progress() instanceof Double fraction) {
            assertEquals(fraction, progress.fraction(), 1e-12);
        } else {
            assertFalse(progress.hasData());
            assertEquals(expected.progress(), progress.reason());
        }
    }

    @Test
    public void shouldRateAsTheUnclampedShareWhenThereIsData() {
        KeyResultEvaluation evaluation = evaluate();

        if (!(expected.progress() instanceof Double)) {
            assertEquals(AchievementRate.undefined(AchievementRate.Undefined.NO_DATA), evaluation.achievementRate());
        } else if (given.measure().basis() == ProgressBasis.NUMERIC_FIELD) {
            double doneSum = given.completion().tally(StatusCategory.DONE).fieldSum();
            assertEquals(Rates.ratio(BigDecimal.valueOf(doneSum), given.measure().target()),
                    evaluation.achievementRate().rate());
            assertEquals(BigDecimal.valueOf(doneSum), evaluation.actual().orElseThrow());
        } else {
            assertEquals(Rates.fraction((Double) expected.progress()), evaluation.achievementRate().rate());
        }
    }

    @Test
    public void shouldReachTheZoneOfItsTargetWhenComplete() {
        assertEquals(expected.zone(), evaluate().zone());
    }

    @Test
    public void shouldKeepTheCountsAsEvidence() {
        assertEquals(Observation.issues(given.completion()), evaluate().evidence());
    }

    /** The measure over issues and the completion counted for it. */
    record Counted(IssueMeasure measure, IssueCompletion completion) {
    }

    /** The progress (a {@code Double} fraction or the reason there is none) and the zone reached. */
    record Shown(Object progress, Zone zone) {
    }
}
