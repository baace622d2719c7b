package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The alignments between objectives and the cascades they make: who supports whom, with what contribution. A part
 * of the goal store beside {@link GoalStore}; each method is one transaction, and versioned writes answer as
 * {@link GoalStore} says.
 */
public interface AlignmentStore {

    /**
     * Stores an alignment at version 1 (one per child and parent).
     *
     * @return {@code Written}; {@code Stale} with the existing alignment when the pair is already aligned (nothing
     *     changed); {@code Missing} when the child or the parent does not exist
     */
    StoreWrite<Versioned<Alignment>> align(Alignment alignment, String createdBy, Instant at);

    /**
     * Changes the contribution of an existing alignment if it is still at {@code expectedVersion}.
     *
     * @return {@code Written}, {@code Stale} with the current alignment, or {@code Missing} when not aligned
     */
    StoreWrite<Versioned<Alignment>> changeContribution(ObjectiveId child, ObjectiveId parent, long expectedVersion,
            Weight contribution);

    /** Removes the alignment of the child to the parent; {@code false} when there was none. */
    boolean unalign(ObjectiveId child, ObjectiveId parent);

    /**
     * Every alignment in which any of these objectives is the child or the parent, by ascending child then parent
     * id; each once. Any number of ids (read in batches).
     */
    List<Versioned<Alignment>> alignmentsAround(Set<ObjectiveId> goals);

    /**
     * The root and the objectives aligned below it, down to {@code maxDepth} levels (0: the root alone), read
     * breadth first with one query per level (per batch of parents, never one per objective); objectives in the order
     * found (root first, then level by level, ascending id within a level), each once even when reached twice; the
     * alignments among them. Empty when the root does not exist.
     */
    GoalSlice descendantsOf(ObjectiveId root, int maxDepth);

    /**
     * The roots of a project's cascade for a period, ascending: the project's objectives whose period overlaps
     * {@code period} that are aligned to no other such objective, read without the objectives' fields and key
     * results (the Goals page asks for them on every view of the tree).
     */
    List<ObjectiveId> cascadeRootsOfProject(String projectKey, Period period);

    /**
     * One page of the roots of the organisation's cascade for a period, ascending: the objectives (of every project
     * and group) whose period overlaps {@code period} that are aligned to no other such objective, with an id above
     * {@code afterId}, at most {@code limit} of them — read by key ({@code ID > ? ORDER BY ID}), never by offset, and
     * without the objectives' fields and key results.
     *
     * @param afterId 0 for the first page, else the last root of the page before
     * @param limit the most roots to answer, 1 or more
     */
    List<ObjectiveId> cascadeRootsOfPeriod(Period period, long afterId, int limit);
}
