package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures written key results at once, so that a new link or a new target shows progress without waiting for the
 * next recompute: an issue-driven key result from Jira, with its history back-filled from the issues' resolution
 * dates; any other from its check-ins. The goal room's writes of goals ({@link GoalService}) and of key results
 * ({@link KeyResultService}) both end here, so neither service depends on the other.
 */
@JiraComponent
public final class KeyResultMeasuring {

    private static final Logger LOG = LoggerFactory.getLogger(KeyResultMeasuring.class);

    private final ProgressService progress;
    private final ProgressHistoryService history;

    /** Over the kernel's progress and progress history. */
    @Inject
    public KeyResultMeasuring(ProgressService progress, ProgressHistoryService history) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Measures the issue-driven ones of these key results from Jira now and back-fills their history from the issues'
     * resolution dates, so that a new link shows progress and a past at once. A Jira failure does not undo the write
     * (the key result says "not computed" until the next change or the daily reconciliation); it is logged.
     *
     * @param written the key results as written
     * @param now when they were written: the back-fill reaches up to this day (UTC)
     * @return whether any key result was issue-driven
     */
    public boolean fromJira(List<StoredKeyResult> written, Instant now) {
        List<KeyResultId> linked = written.stream()
                .filter(k -> k.keyResult().measure() instanceof IssueMeasure m && !m.links().isEmpty())
                .map(StoredKeyResult::id).toList();
        if (linked.isEmpty()) {
            return false;
        }
        try {
            progress.recompute(linked);
            history.backfill(new HashSet<>(linked), LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        } catch (RuntimeException e) {
            LOG.warn("Measuring {} newly linked key results from Jira failed; the daily job retries", linked.size(),
                    e);
        }
        return true;
    }

    /** Measures a key result that is not issue-driven from its check-ins (running totals or amounts per period). */
    public void fromCheckIns(StoredKeyResult written) {
        progress.measureFromCheckIns(List.of(written));
    }
}
