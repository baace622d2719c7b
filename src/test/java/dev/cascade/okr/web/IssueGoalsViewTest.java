package dev.cascade.okr.web;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.service.goal.IssueGoalsService.FedGoal;
import dev.cascade.okr.service.goal.IssueGoalsService.FedKeyResult;
import dev.cascade.okr.service.goal.IssueGoalsService.IssuePanel;
import dev.cascade.okr.service.goal.IssueGoalsService.LinkableKeyResult;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The issue view's panel model: the issue's own share of each key result it feeds, against the totals the key result
 * last stored, in both languages from the plugin's real bundles; and the "Link to a key result" dialog's options.
 */
public class IssueGoalsViewTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");
    /** Six issues: two done (3 and 2 points), two in progress (5, 3), two to do (8, 2... one unestimated). */
    private static final IssueCompletion SIX = IssueCompletion.of(new IssueCompletion.Tally(2, 8, 1, 4, 0),
            new IssueCompletion.Tally(2, 8, 0, 0, 2), new IssueCompletion.Tally(2, 5, 0, 7.5, 0));
    private static final IssueAround STORY = new IssueAround("CASC-4", null, "CASC-1", null);
    private static final IssueAround EPIC = new IssueAround("CASC-1", null, null, null);
    private static final IssueAround SUB_TASK = new IssueAround("CASC-30", "CASC-4", null, "CASC-1");

    @Test
    public void shouldSayOneOfAllIssuesWhenAStoryFeedsAnIssueCountThroughItsEpic() throws IOException {
        FedKeyResult fed = fed(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1")), SIX,
                new WorkLink.Epic("CASC-1"));

        assertEquals("1 of 6 issues", share(fed, STORY, IssueOwn.NONE, ENGLISH));
        assertEquals("6 \u4e2a\u4e8b\u52a1\u4e2d\u7684 1 \u4e2a", share(fed, STORY, IssueOwn.NONE, CHINESE));
        assertEquals("1 of 6 issues", share(fed(ProgressBasis.STATUS_WEIGHTED, List.of(new WorkLink.Epic("CASC-1")),
                SIX, new WorkLink.Epic("CASC-1")), STORY, IssueOwn.NONE, ENGLISH));
    }

    @Test
    public void shouldSayItsOwnEstimateOfAllStoryPointsWhenTheKeyResultCountsStoryPoints() throws IOException {
        FedKeyResult fed = fed(ProgressBasis.STORY_POINTS_DONE, List.of(new WorkLink.Epic("CASC-1")), SIX,
                new WorkLink.Epic("CASC-1"));

        assertEquals("5 of 21 story points", share(fed, STORY, own(5.0), ENGLISH));
        assertEquals("21 \u4e2a\u6545\u4e8b\u70b9\u4e2d\u7684 5 \u4e2a", share(fed, STORY, own(5.0), CHINESE));
        assertEquals("2.5 of 21 story points", share(fed, STORY, own(2.5), ENGLISH));
        assertEquals("Not estimated (of 21 story points)", share(fed, STORY, IssueOwn.NONE, ENGLISH));
        assertEquals("\u672a\u4f30\u7b97\uff08\u5171 21 \u4e2a\u6545\u4e8b\u70b9\uff09",
                share(fed, STORY, IssueOwn.NONE, CHINESE));
    }

    @Test
    public void shouldSayTheWholeEpicWhenTheEpicIsTheKeyResultsOnlyLink() throws IOException {
        IssueOwn epic = new IssueOwn(true, false, 13.0, Map.of());
        FedKeyResult issues = fed(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1")), SIX,
                new WorkLink.Epic("CASC-1"));
        FedKeyResult points = fed(ProgressBasis.STORY_POINTS_DONE, List.of(new WorkLink.Epic("CASC-1")), SIX,
                new WorkLink.Epic("CASC-1"));

        assertEquals("The whole epic: 6 issues", share(issues, EPIC, epic, ENGLISH));
        assertEquals("\u6574\u4e2a\u53f2\u8bd7\uff1a6 \u4e2a\u4e8b\u52a1", share(issues, EPIC, epic, CHINESE));
        assertEquals("The whole epic: 21 story points", share(points, EPIC, epic, ENGLISH));
    }

    @Test
    public void shouldSayItsIssuesAmongAllWhenTheEpicIsOneOfSeveralLinks() throws IOException {
        FedKeyResult fed = fed(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1"),
                new WorkLink.Epic("CASC-8")), SIX, new WorkLink.Epic("CASC-1"));

        assertEquals("The issues of this epic, among the 6 issues counted", share(fed, EPIC, IssueOwn.NONE,
                ENGLISH));
    }

    @Test
    public void shouldSayNotCountedWhenASubTaskFeedsAndSubTasksDoNotCount() throws IOException {
        FedKeyResult fed = fed(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1")), SIX,
                new WorkLink.Epic("CASC-1"));
        IssueOwn subTask = new IssueOwn(false, true, null, Map.of());

        assertEquals("Not counted: sub-tasks do not count", IssueGoalsView.share(fed, SUB_TASK, subTask,
                IssueCounting.DEFAULTS, ENGLISH));
        assertEquals("1 of 6 issues", IssueGoalsView.share(fed, SUB_TASK, subTask, new IssueCounting(null, true),
                ENGLISH));
    }

    @Test
    public void shouldSayItsOwnValueOfTheFieldsSumWhenTheKeyResultSumsANumericField() throws IOException {
        FedKeyResult fed = fed(new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                dev.cascade.okr.core.model.StatusWeights.defaults(), "customfield_10200",
                dev.cascade.okr.core.model.TargetTiers.of(java.math.BigDecimal.valueOf(40)),
                List.of(new WorkLink.Epic("CASC-1"))), SIX,
                new WorkLink.Epic("CASC-1"));

        assertEquals("3 of 11.5 in customfield_10200 across its issues", share(fed, STORY,
                new IssueOwn(false, false, null, Map.of("customfield_10200", 3.0)), ENGLISH));
        assertEquals("No value in customfield_10200 (of 11.5 across its issues)", share(fed, STORY, IssueOwn.NONE,
                ENGLISH));
    }

    @Test
    public void shouldSayNoShareWhenTheKeyResultWasNeverMeasured() throws IOException {
        FedKeyResult fed = fed(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1")), null,
                new WorkLink.Epic("CASC-1"));

        assertEquals("", share(fed, STORY, IssueOwn.NONE, ENGLISH));
    }

    @Test
    public void shouldOfferTheChangeableKeyResultsAndLinkAsAnIssueWhenTheViewerMayChangeSome() throws IOException {
        StoredObjective goal = goal(7, "Web shop converts better", List.of(stored(7, 70,
                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-8"))), SIX)));
        IssuePanel panel = new IssuePanel(List.of(), List.of(new LinkableKeyResult(goal, goal.keyResults().get(0))),
                IssueCounting.DEFAULTS);

        IssueGoalsView view = IssueGoalsView.of(STORY, IssueOwn.NONE, Outcome.success(panel), "/jira", ENGLISH);

        assertTrue(view.canLink());
        assertEquals(List.of(new IssueLinkOption(70, 4, "Key result 70 \u2014 Web shop converts better")),
                view.linkable());
        assertEquals("link.issue", view.linkField());
        assertEquals("/jira/rest/cascade/1.0/key-results/links/add", view.linkUrl());
        assertEquals("Link CASC-4 as an issue to one of the key results you may change.", view.linkIntro());
        assertEquals("Link to a key result", view.label("link.button"));
        assertEquals("This issue feeds no key result yet.", view.message());
        IssueGoalsView asChinese = IssueGoalsView.of(EPIC, new IssueOwn(true, false, null, Map.of()),
                Outcome.success(panel), "", CHINESE);
        assertEquals("link.epic", asChinese.linkField());
        assertEquals("\u5173\u8054\u5230\u5173\u952e\u7ed3\u679c", asChinese.label("link.title"));
        assertEquals("/rest/cascade/1.0/key-results/links/add", asChinese.linkUrl());
    }

    @Test
    public void shouldOfferNoLinkWhenTheViewerMayChangeNothing() throws IOException {
        IssuePanel panel = new IssuePanel(List.of(new FedGoal(new GoalTree(goal(7, "Onboarding", List.of()),
                Progress.of(0.5), 1, List.of()), List.of())), List.of(), IssueCounting.DEFAULTS);

        IssueGoalsView view = IssueGoalsView.of(STORY, IssueOwn.NONE, Outcome.success(panel), "", ENGLISH);

        assertFalse(view.canLink());
        assertEquals(List.of(), view.linkable());
    }

    @Test
    public void shouldShowTheShareInTheKeyResultRowWhenTheViewIsBuilt() throws IOException {
        StoredKeyResult keyResult = stored(7, 70, IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                List.of(new WorkLink.Epic("CASC-1"))), SIX);
        StoredObjective goal = goal(7, "Onboarding", List.of(keyResult));
        IssuePanel panel = new IssuePanel(List.of(new FedGoal(new GoalTree(goal, Progress.of(2.0 / 6), 1, List.of()),
                List.of(new FedKeyResult(keyResult, List.of(new WorkLink.Epic("CASC-1")))))), List.of(),
                IssueCounting.DEFAULTS);

        IssueGoalsView view = IssueGoalsView.of(STORY, IssueOwn.NONE, Outcome.success(panel), "", ENGLISH);

        IssueKeyResultView row = view.goals().get(0).keyResults().get(0);
        assertEquals("1 of 6 issues", row.share());
        assertEquals("Through its epic CASC-1", row.via());
        assertEquals("2 of 6 issues done", row.basis());
    }

    @Test
    public void shouldSayAKeyResultIsFoundByItsQueryWithTheIssuesShareAndHowManyWereNotChecked() throws IOException {
        WorkLink.Jql query = new WorkLink.Jql("project = CASC AND issuetype = Story");
        StoredKeyResult keyResult = stored(7, 70, IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(query)), SIX);
        List<FedGoal> fed = List.of(new FedGoal(new GoalTree(goal(7, "Onboarding", List.of(keyResult)),
                Progress.of(2.0 / 6), 1, List.of()), List.of(new FedKeyResult(keyResult, List.of(query)))));

        IssueGoalsView all = IssueGoalsView.of(STORY, IssueOwn.NONE, Outcome.success(new IssuePanel(fed, List.of(),
                IssueCounting.DEFAULTS)), "", ENGLISH);
        IssueGoalsView bounded = IssueGoalsView.of(STORY, IssueOwn.NONE, Outcome.success(new IssuePanel(fed,
                List.of(), IssueCounting.DEFAULTS, 3)), "", CHINESE);

        IssueKeyResultView row = all.goals().get(0).keyResults().get(0);
        assertEquals("Found by its JQL query", row.via());
        assertEquals("1 of 6 issues", row.share());
        assertEquals("Key results linked by a JQL query are listed when their query finds this issue.",
                all.labels().jqlNote());
        assertEquals("\u7531\u5176 JQL \u67e5\u8be2\u627e\u5230", bounded.goals().get(0).keyResults().get(0).via());
        String note = bounded.labels().jqlNote();
        assertTrue(note, note.contains("\u53e6\u6709 3 \u4e2a\u672a\u68c0\u67e5"));
    }

    private static String share(FedKeyResult fed, IssueAround around, IssueOwn own, Translator i18n) {
        return IssueGoalsView.share(fed, around, own, IssueCounting.DEFAULTS, i18n);
    }

    private static IssueOwn own(double storyPoints) {
        return new IssueOwn(false, false, storyPoints, Map.of());
    }

    private static FedKeyResult fed(ProgressBasis basis, List<WorkLink> links, IssueCompletion evidence,
            WorkLink through) {
        return fed(IssueMeasure.of(basis, links), evidence, through);
    }

    private static FedKeyResult fed(IssueMeasure measure, IssueCompletion evidence, WorkLink through) {
        return new FedKeyResult(stored(7, 70, measure, evidence), List.of(through));
    }

    private static StoredKeyResult stored(long goal, long id, IssueMeasure measure, IssueCompletion evidence) {
        Progress progress = evidence == null ? Progress.noData(dev.cascade.okr.core.model.NoDataReason.NOT_COMPUTED)
                : Progress.of((double) evidence.done() / Math.max(1, evidence.total()));
        return new StoredKeyResult(new ObjectiveId(goal), new KeyResult(new KeyResultId(id), "Key result " + id,
                Weight.FULL, measure, progress, evidence), 4, progress, null, evidence == null ? null : AT);
    }

    private static StoredObjective goal(long id, String title, List<StoredKeyResult> keyResults) {
        Objective objective = new Objective(new ObjectiveId(id), title, null, new UserRef("alice"), "team",
                Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS,
                false, keyResults.stream().map(StoredKeyResult::keyResult).toList(), GoalDetails.NONE);
        return new StoredObjective(objective, 1, keyResults, "alice", AT, "alice", AT);
    }
}
