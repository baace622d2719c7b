package dev.cascade.okr.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies of submitted lists that keep {@code null} entries, so that validation can name them by index. */
final class Drafts {

    private Drafts() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
