package dev.cascade.okr.store.tracking;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.Query;

/**
 * What the parts of {@link AoTrackingStore} share: batched {@code IN} look-ups, versioned writes that answer
 * {@code Stale} when another writer claimed the version first, and the column conversions of texts and instants.
 */
final class TrackingRows {

    private TrackingRows() {
    }

    /**
     * The rows whose {@code column} is one of {@code values}, read in {@link InList} batches; within a batch ordered
     * by {@code order} when it is not {@code null}.
     */
    static <T extends CascadeAo> List<T> findIn(ActiveObjects ao, Class<T> type, String column,
            Collection<?> values, String order) {
        return findIn(ao, type, "", List.of(), column, values, order);
    }

    /**
     * The rows that meet {@code condition} (its placeholders filled by {@code leading}) and whose {@code column} is
     * one of {@code values}, read in {@link InList} batches; within a batch ordered by {@code order} when it is not
     * {@code null}.
     */
    static <T extends CascadeAo> List<T> findIn(ActiveObjects ao, Class<T> type, String condition, List<?> leading,
            String column, Collection<?> values, String order) {
        List<T> rows = new ArrayList<>();
        for (List<?> batch : InList.batches(values)) {
            List<Object> parameters = new ArrayList<>(leading);
            parameters.addAll(batch);
            Query query = Query.select().where((condition.isEmpty() ? "" : condition + " AND ")
                    + InList.in(column, batch.size()), parameters.toArray());
            rows.addAll(Arrays.asList(ao.find(type, order == null ? query : query.order(order))));
        }
        return rows;
    }

    /**
     * Runs a versioned write in a transaction; when another writer claimed the version first (the transaction rolled
     * back), answers {@code Stale} with the current value read in a new transaction, or {@code Missing}.
     */
    static <T> StoreWrite<T> write(ActiveObjects ao, Supplier<StoreWrite<T>> write, Supplier<Optional<T>> current) {
        try {
            return ao.executeInTransaction(write::get);
        } catch (RuntimeException e) {
            if (!isStaleWrite(e)) {
                throw e;
            }
            return ao.executeInTransaction(current::get).<StoreWrite<T>>map(StoreWrite.Stale::new)
                    .orElseGet(StoreWrite.Missing::new);
        }
    }

    /** Whether the failure is a lost version claim, possibly wrapped by the host's transaction template. */
    static boolean isStaleWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleWriteException) {
                return true;
            }
        }
        return false;
    }

    static void requireVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("negative version: " + expectedVersion);
        }
    }

    /** The single row of a look-up by a unique column, or {@code null}. */
    static <T> T only(T[] rows) {
        if (rows.length > 1) {
            throw new IllegalStateException("expected at most one row, found " + rows.length + ": "
                    + rows[0].getClass().getSimpleName());
        }
        return rows.length == 0 ? null : rows[0];
    }

    static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static List<Long> ids(Set<KeyResultId> keyResultIds) {
        return keyResultIds.stream().map(KeyResultId::value).toList();
    }
}
