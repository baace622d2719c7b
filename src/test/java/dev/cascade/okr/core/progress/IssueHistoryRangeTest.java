package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.WorkLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/** The range of a back-fill: the earliest resolution day, and an empty range. */
public class IssueHistoryRangeTest {

    private static final IssueMeasure COUNT = IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
            List.of(new WorkLink.Epic("CASC-1")));

    @Test
    public void shouldFindTheEarliestResolutionDayWhenSeveralAreResolved() {
        List<IssueFact> issues = List.of(fact("2026-05-03T10:00:00Z"), fact(null), fact("2026-04-30T23:30:00Z"));

        assertEquals(Optional.of(LocalDate.of(2026, 4, 30)),
                IssueHistory.earliestResolution(issues, ZoneOffset.UTC));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 1)),
                IssueHistory.earliestResolution(issues, ZoneOffset.ofHours(8)));
    }

    @Test
    public void shouldFindNoResolutionDayWhenNothingIsResolved() {
        assertEquals(Optional.empty(), IssueHistory.earliestResolution(List.of(fact(null)), ZoneOffset.UTC));
    }

    @Test
    public void shouldGiveNoDaysWhenTheRangeEndsBeforeItStarts() {
        LocalDate day = LocalDate.of(2026, 5, 3);

        assertEquals(List.of(), new IssueHistory().reconstruct(COUNT, List.of(fact(null)), day, day.minusDays(1),
                ZoneOffset.UTC));
    }

    private static IssueFact fact(String resolvedAt) {
        return new IssueFact("A-1", "", resolvedAt == null ? StatusCategory.TO_DO : StatusCategory.DONE,
                resolvedAt == null ? null : Instant.parse(resolvedAt), null, Map.of(), false);
    }
}
