package dev.cascade.okr.store.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * {@code IN (?, ?, ...)} look-ups in batches of at most {@value #BATCH} values, the most every supported database
 * takes comfortably in one statement; values always travel as parameters, never inside the SQL.
 */
public final class InList {

    /** The most values in one {@code IN} list. */
    public static final int BATCH = 500;

    private InList() {
    }

    /** The values in batches of at most {@value #BATCH}, in order; no batch for no values. */
    public static <T> List<List<T>> batches(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    /** {@code COLUMN IN (?, ?, ?)} for a batch of {@code count} values. */
    public static String in(String column, int count) {
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
