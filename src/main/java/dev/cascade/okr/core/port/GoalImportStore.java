package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import java.time.Instant;
import java.util.List;

/**
 * Goals imported from a spreadsheet (issue 15): every goal of a file and the alignments among them, stored in one
 * transaction — all of them or, when anything fails, none.
 */
public interface GoalImportStore {

    /**
     * An alignment between two goals of the import, by their places in its list.
     *
     * @param child the place of the aligning goal
     * @param parent the place of the goal it aligns to (stored before the child)
     * @param contribution the child's contribution
     */
    record Aligned(int child, int parent, Weight contribution) {
    }

    /**
     * Stores the goals in order, as {@link GoalStore#insert} does, and then the alignments, in one transaction.
     *
     * @return the new goals' ids, in order
     * @throws IllegalStateException when an alignment cannot be stored (nothing is stored)
     */
    List<ObjectiveId> insertAll(List<NewObjective> goals, List<Aligned> alignments, String createdBy, Instant at);
}
