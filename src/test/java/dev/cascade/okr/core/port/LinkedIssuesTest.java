package dev.cascade.okr.core.port;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The observation a key result's links give: everything added up, or broken — never a silent 0. */
public class LinkedIssuesTest {

    private static final WorkLink EPIC = new WorkLink.Epic("CASC-1");
    private static final WorkLink ISSUE = new WorkLink.Issue("OPS-2");
    private static final WorkLink GONE = new WorkLink.Epic("CASC-404");

    @Test
    public void shouldAddUpEveryLinkWhenAllResolve() {
        LinkedIssues read = new LinkedIssues(Map.of(EPIC, List.of(done("CASC-2", 3.0), open("CASC-3", 5.0)),
                ISSUE, List.of(done("OPS-2", 2.0))), Set.of(), 1);

        Observation observation = read.observation(IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                List.of(EPIC, ISSUE)));

        IssueCompletion completion = ((Observation.Issues) observation).completion();
        assertEquals(3, completion.total());
        assertEquals(2, completion.done());
        assertEquals(10.0, completion.storyPoints(), 1e-9);
    }

    @Test
    public void shouldNameTheBrokenAndUnreadLinksWhenAnyDoesNotResolve() {
        WorkLink unread = new WorkLink.Jql("project = OPS");
        LinkedIssues read = new LinkedIssues(Map.of(EPIC, List.of(done("CASC-2", null))), Set.of(GONE), 1);

        Observation observation = read.observation(IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                List.of(EPIC, GONE, unread)));

        assertEquals(List.of(GONE, unread), ((Observation.BrokenLink) observation).missing());
    }

    @Test
    public void shouldReadTheMeasuresNumericFieldWhenItSumsAField() {
        IssueFact withField = new IssueFact("CASC-5", "", StatusCategory.DONE, null, null,
                Map.of("customfield_10200", 7.5), false);
        LinkedIssues read = new LinkedIssues(Map.of(EPIC, List.of(withField)), Set.of(), 1);
        IssueMeasure measure = new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(),
                "customfield_10200", TargetTiers.of(new BigDecimal("10")), List.of(EPIC));

        Observation observation = read.observation(measure);

        assertEquals(7.5, ((Observation.Issues) observation).completion().tally(StatusCategory.DONE).fieldSum(),
                1e-9);
    }

    @Test
    public void shouldRefuseALinkThatIsBothBrokenAndResolvedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new LinkedIssues(Map.of(EPIC, List.of()), Set.of(EPIC),
                1));
    }

    private static IssueFact done(String key, Double points) {
        return new IssueFact(key, "", StatusCategory.DONE, null, points, Map.of(), false);
    }

    private static IssueFact open(String key, Double points) {
        return new IssueFact(key, "", StatusCategory.TO_DO, null, points, Map.of(), false);
    }
}
