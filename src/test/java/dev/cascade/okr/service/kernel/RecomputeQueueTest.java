package dev.cascade.okr.service.kernel;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.cascade.okr.core.model.KeyResultId;
import java.util.HashSet;
import java.util.Set;
import org.junit.After;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** Coalescing: a burst of changes is one recompute of the key results all of them affect. */
public class RecomputeQueueTest {

    private final ProgressService progress = mock(ProgressService.class);
    private final RecomputeQueue queue = new RecomputeQueue(progress);

    @After
    public void tearDown() {
        queue.destroy();
    }

    @Test
    @SuppressWarnings("unchecked")
    public void shouldRecomputeOnceWithEveryKeyWhenThousandChangesArriveInABurst() throws Exception {
        when(progress.affectedBy(any())).thenReturn(Set.of(new KeyResultId(7)));
        when(progress.recompute(any())).thenReturn(new ProgressService.Recompute(1, 1));

        for (int i = 1; i <= 1_000; i++) {
            queue.issuesChanged(Set.of("BENCH-" + i, "BENCH-EPIC"));
        }
        awaitFlushes(1);

        ArgumentCaptor<Set<String>> keys = ArgumentCaptor.forClass(Set.class);
        verify(progress, times(1)).affectedBy(keys.capture());
        assertEquals(1_001, keys.getValue().size());
        verify(progress, times(1)).recompute(Set.of(new KeyResultId(7)));
    }

    @Test
    public void shouldKeepWorkingWhenARecomputeFails() throws Exception {
        when(progress.affectedBy(any())).thenThrow(new IllegalStateException("Jira is down"))
                .thenReturn(Set.of());
        when(progress.recompute(any())).thenReturn(ProgressService.Recompute.NONE);

        queue.issuesChanged(Set.of("CASC-1"));
        awaitFlushes(1);
        queue.issuesChanged(Set.of("CASC-2"));
        awaitFlushes(2);

        verify(progress, times(2)).affectedBy(any());
    }

    @Test
    public void shouldFlushSeparatelyWhenChangesAreFarApart() throws Exception {
        when(progress.affectedBy(any())).thenReturn(Set.of());
        when(progress.recompute(any())).thenReturn(ProgressService.Recompute.NONE);
        Set<String> seen = new HashSet<>();
        when(progress.affectedBy(any())).thenAnswer(call -> {
            seen.addAll(call.getArgument(0));
            return Set.of();
        });

        queue.issuesChanged(Set.of("CASC-1"));
        awaitFlushes(1);
        queue.issuesChanged(Set.of("CASC-2"));
        awaitFlushes(2);

        assertEquals(Set.of("CASC-1", "CASC-2"), seen);
        verify(progress, times(2)).recompute(Set.of());
    }

    private void awaitFlushes(long count) throws InterruptedException {
        for (int i = 0; i < 500 && queue.flushes() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, queue.flushes());
    }
}
