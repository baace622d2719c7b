package dev.cascade.okr.service.kernel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.progress.IssueFact;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The recompute: one read for many key results, core's rule per key result, lock stripes in order. */
public class ProgressServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final KeyResultStore keyResults = mock(KeyResultStore.class);
    private final IssueSource issues = mock(IssueSource.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final GoalTrees trees = mock(GoalTrees.class);
    private final ClusterLockService locks = mock(ClusterLockService.class);
    private final List<String> locked = new ArrayList<>();
    private final List<String> unlocked = new ArrayList<>();
    private ProgressService service;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        when(settings.text(anyString())).thenReturn(new SettingsStore.Setting<>(Optional.empty(), 0,
                Optional.empty(), Optional.empty(), List.of()));
        when(locks.getLockForName(anyString())).thenAnswer(call -> {
            String name = call.getArgument(0);
            ClusterLock lock = mock(ClusterLock.class);
            when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenAnswer(c -> locked.add(name));
            org.mockito.Mockito.doAnswer(c -> unlocked.add(name)).when(lock).unlock();
            return lock;
        });
        service = new ProgressService(keyResults, mock(GoalStateStore.class),
                mock(dev.cascade.okr.core.port.TrackingStore.class), issues, settings, trees, locks,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void shouldReadAllLinksOnceAndStoreEachKeyResultWhenManyAreRecomputed() {
        List<StoredKeyResult> stored = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            stored.add(keyResult(i, new WorkLink.Epic("CASC-" + i)));
        }
        when(keyResults.keyResults(any())).thenReturn(stored);
        when(issues.read(any())).thenAnswer(call -> {
            IssueRequest request = call.getArgument(0);
            Map<WorkLink, List<IssueFact>> found = new java.util.HashMap<>();
            request.links().forEach(link -> found.put(link, List.of(fact("X-1", StatusCategory.DONE),
                    fact("X-2", StatusCategory.TO_DO))));
            return new LinkedIssues(found, java.util.Set.of(), 1);
        });

        ProgressService.Recompute done = service.recompute(stored.stream().map(StoredKeyResult::id).toList());

        assertEquals(200, done.keyResults());
        verify(issues, times(1)).read(any());
        ArgumentCaptor<Map<KeyResultId, Measured>> written = ArgumentCaptor.forClass(Map.class);
        verify(keyResults).storeProgress(written.capture(), eq(NOW));
        assertEquals(200, written.getValue().size());
        assertEquals(0.5, written.getValue().get(new KeyResultId(7)).progress().fraction(), 1e-9);
        verify(trees).progressChanged(List.of(new ObjectiveId(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void shouldStoreBrokenLinkNotZeroWhenTheEpicIsGone() {
        WorkLink gone = new WorkLink.Epic("CASC-404");
        when(keyResults.keyResults(any())).thenReturn(List.of(keyResult(1, gone)));
        when(issues.read(any())).thenReturn(new LinkedIssues(Map.of(), java.util.Set.of(gone), 1));

        service.recompute(List.of(new KeyResultId(1)));

        ArgumentCaptor<Map<KeyResultId, Measured>> written = ArgumentCaptor.forClass(Map.class);
        verify(keyResults).storeProgress(written.capture(), eq(NOW));
        Measured measured = written.getValue().get(new KeyResultId(1));
        assertFalse(measured.progress().hasData());
        assertEquals(NoDataReason.BROKEN_LINK, measured.progress().reason());
        assertNull(measured.evidence());
    }

    @Test
    public void shouldTakeLockStripesInAscendingOrderAndReleaseThemAllWhenDone() {
        when(keyResults.keyResults(any())).thenReturn(List.of());

        service.recompute(List.of(new KeyResultId(130), new KeyResultId(3), new KeyResultId(67), new KeyResultId(2)));

        // 130 and 2 share stripe 2; 67 and 3 share stripe 3: two locks, ascending, each released
        assertEquals(List.of("dev.cascade.okr.recompute.2", "dev.cascade.okr.recompute.3"), locked);
        assertEquals(List.of("dev.cascade.okr.recompute.3", "dev.cascade.okr.recompute.2"), unlocked);
        verify(issues, never()).read(any());
    }

    @Test
    public void shouldReleaseLocksAndStoreNothingWhenJiraFails() {
        when(keyResults.keyResults(any())).thenReturn(List.of(keyResult(1, new WorkLink.Epic("CASC-1"))));
        when(issues.read(any())).thenThrow(new IllegalStateException("search failed"));

        assertThrows(IllegalStateException.class, () -> service.recompute(List.of(new KeyResultId(1))));

        assertEquals(locked, unlocked);
        verify(keyResults, never()).storeProgress(any(), any());
    }

    private static StoredKeyResult keyResult(long id, WorkLink link) {
        KeyResult keyResult = new KeyResult(new KeyResultId(id), "KR " + id, Weight.FULL,
                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(link)),
                Progress.noData(NoDataReason.NOT_COMPUTED), null);
        return new StoredKeyResult(new ObjectiveId(1), keyResult, 1, Progress.noData(NoDataReason.NOT_COMPUTED), null,
                null);
    }

    private static IssueFact fact(String key, StatusCategory category) {
        return new IssueFact(key, "", category, null, null, Map.of(), false);
    }
}
