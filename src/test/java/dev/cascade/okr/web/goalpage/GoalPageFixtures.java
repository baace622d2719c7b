package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.core.tracking.AdjustmentState;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.service.goal.KeyResultIssuesService.KeyResultIssues;
import dev.cascade.okr.service.goal.KeyResultIssuesService.LinkIssues;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.page.GoalPage;
import dev.cascade.okr.service.page.GoalPage.CheckInEntry;
import dev.cascade.okr.service.page.GoalPage.KeyResultPart;
import dev.cascade.okr.service.page.GoalPage.Related;
import dev.cascade.okr.service.tracking.ProgressSeriesService.DayProgress;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.ReviewLine;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.ViewFixtures;
import dev.cascade.okr.web.page.PageLinks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A goal's page as the service would answer it, built by hand: every section filled, with a chosen text in every
 * free-text field a person writes (titles, notes, reasons), so that views and renders can be checked for it.
 */
final class GoalPageFixtures {

    static final Translator ENGLISH = ViewFixtures.ENGLISH;
    static final Translator CHINESE = ViewFixtures.CHINESE;
    static final PageLinks LINKS = new PageLinks("/jira", "CASC", "2026");
    static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");
    static final Function<String, String> NAMES = key -> Map.of("alice", "Alice Chen", "bob", "张伟").get(key);

    private GoalPageFixtures() {
    }

    /** A full page whose written texts are all {@code text}. */
    static GoalPage page(String text) {
        ObjectiveId id = new ObjectiveId(7);
        KeyResult metric = new KeyResult(new KeyResultId(71), text, Weight.ofPercent(60),
                new MetricMeasure(Direction.INCREASE, new BigDecimal("1000"), new TargetTiers(
                        new BigDecimal("1100"), new BigDecimal("1234.5"), new BigDecimal("1500")), "customers"),
                Progress.of(0.5), null);
        KeyResult issues = new KeyResult(new KeyResultId(72), "Ship the epic", Weight.ofPercent(40),
                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1"))),
                Progress.of(0.625), new IssueCompletion(8, 5, 1));
        StoredKeyResult storedMetric = new StoredKeyResult(id, metric, 3, metric.progress(), null, NOW, Zone.FLOOR,
                null);
        StoredKeyResult storedIssues = new StoredKeyResult(id, issues, 2, issues.progress(), null, NOW,
                Zone.BELOW_FLOOR, null);
        StoredObjective goal = goal(id, text, List.of(storedMetric, storedIssues), Lifecycle.ACTIVE);
        Period q1 = Period.quarter(2026, 1);
        Review review = new Review(goal, q1, List.of(new ReviewLine(storedMetric, new QuarterlyReviewRow(q1,
                new OrgUnit.Project("CASC"), id, text, Deviation.of(new BigDecimal("12"), new BigDecimal("10")),
                new ReviewNotes(text, text, text, text)), TrackingStatus.AT_RISK)),
                new ReviewNotes(text, text, text, text), 1,
                Optional.of(new ReviewRecord(id, q1, new ReviewNotes(text, text, text, text), new UserRef("alice"),
                        Instant.parse("2026-04-02T08:00:00Z"))));
        TargetAdjustment adjustment = new TargetAdjustment(new BigDecimal("1234.5"), new BigDecimal("1300"), text,
                new UserRef("alice"), new UserRef("bob"), Instant.parse("2026-11-02T08:00:00Z"),
                AdjustmentState.APPROVED, Optional.of(Instant.parse("2026-11-03T08:00:00Z")), text);
        CheckIn older = new CheckIn(metric.id(), Optional.of(new BigDecimal("1100")), 6, "older", "", "", "",
                new UserRef("bob"), LocalDate.parse("2026-11-30"), Instant.parse("2026-11-30T10:00:00Z"));
        CheckIn newer = new CheckIn(metric.id(), Optional.of(new BigDecimal("1117.25")), 7, text, text, text, text,
                new UserRef("alice"), TODAY, NOW);
        StoredObjective parent = goal(new ObjectiveId(3), "Grow revenue", List.of(), Lifecycle.ACTIVE);
        StoredObjective child = goal(new ObjectiveId(9), "Checkout in one page", List.of(), Lifecycle.DRAFT);
        Series series = new Series(LocalDate.parse("2026-01-01"), TODAY, List.of(
                new DayProgress(LocalDate.parse("2026-06-30"), Progress.of(0.3), Optional.empty()),
                new DayProgress(TODAY, Progress.of(0.54), Optional.empty())));
        KeyResultIssues behind = new KeyResultIssues(issues.id(), List.of(new LinkIssues(new WorkLink.Epic("CASC-1"),
                false, List.of(new IssueFact("CASC-2", text, StatusCategory.DONE, NOW, null, Map.of(), false)))));
        Plan plan = new Plan(Period.year(2026), PlanGranularity.QUARTER, List.of(new BigDecimal("50"),
                new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("84.5")));
        Series metricHistory = new Series(LocalDate.parse("2026-01-01"), TODAY, List.of(
                new DayProgress(LocalDate.parse("2026-11-30"), Progress.of(0.43), Optional.of(new BigDecimal("1100"))),
                new DayProgress(TODAY, Progress.of(0.5), Optional.of(new BigDecimal("1117.25")))));
        Series issueHistory = new Series(LocalDate.parse("2026-01-01"), TODAY, List.of(
                new DayProgress(TODAY, Progress.of(0.625), Optional.of(new BigDecimal("5")))));
        List<KeyResultPart> parts = List.of(
                new KeyResultPart(storedMetric, TrackingStatus.ON_TRACK, Optional.empty(), List.of(adjustment),
                        Optional.of(plan), metricHistory),
                new KeyResultPart(storedIssues, TrackingStatus.OFF_TRACK, Optional.of(behind), List.of(),
                        Optional.empty(), issueHistory));
        Related up = new Related(new GoalTree(parent, Progress.of(0.59), 1.0, List.of()), Weight.ofPercent(30));
        Related down = new Related(new GoalTree(child, Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP), 0,
                List.of()), Weight.ofPercent(100));
        List<CheckInEntry> checkIns = List.of(new CheckInEntry(storedMetric, new StoredCheckIn(12, newer)),
                new CheckInEntry(storedMetric, new StoredCheckIn(11, older)));
        return new GoalPage(goal, LevelScheme.defaults(), Progress.of(0.54), 1.0,
                TrackingStatus.AT_RISK, Zone.BELOW_FLOOR, parts, List.of(up), List.of(down), series, checkIns, false,
                List.of(review), TODAY);
    }

    /** A page with nothing but the goal: no key results, alignments, history, check-ins, reviews or adjustments. */
    static GoalPage empty() {
        StoredObjective goal = goal(new ObjectiveId(8), "Nothing yet", List.of(), Lifecycle.DRAFT);
        return new GoalPage(goal, LevelScheme.defaults(), Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP), 0,
                TrackingStatus.NO_DATA, Zone.NONE, List.of(), List.of(), List.of(),
                new Series(LocalDate.parse("2026-01-01"), TODAY, List.of()), List.of(), false, List.of(), TODAY);
    }

    static StoredObjective goal(ObjectiveId id, String title, List<StoredKeyResult> keyResults, Lifecycle lifecycle) {
        Objective objective = new Objective(id, title, title, new UserRef("alice"), "team", Period.year(2026),
                new OrgUnit.Project("CASC"), GoalType.RESULT, lifecycle, Visibility.EVERYONE, true,
                keyResults.stream().map(StoredKeyResult::keyResult).toList(), GoalDetails.NONE);
        return new StoredObjective(objective, 4, keyResults, "alice", NOW, "alice", NOW);
    }}
