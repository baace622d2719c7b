package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.List;
import java.util.Set;

/**
 * Finding goals and key results by a {@link GoalQuery}: pages of matches in one query and a count, and the units whose
 * membership decides what a person sees among them. A part of the goal store beside {@link GoalStore}; each method
 * is one transaction.
 */
public interface GoalQueries {

    /**
     * One page of the objectives that match the query, in ascending id order, complete with key results and links,
     * with the number of all matches.
     */
    Page<StoredObjective> find(GoalQuery query);

    /** The ids of one page of the objectives that match the query, as {@link #find} orders and counts them. */
    Page<ObjectiveId> findIds(GoalQuery query);

    /**
     * One page of the key results of the objectives that match the query (its filters and audience, as {@link #find}
     * applies them), ordered by objective id then position; offset, limit and total count key results.
     */
    Page<StoredKeyResult> findKeyResults(GoalQuery query);

    /**
     * Key paging of {@link #findIds}: the ids of the objectives matching the query (its filters and audience) with an
     * id above {@code afterId}, ascending, at most the query's limit (its offset is ignored); no count.
     */
    List<ObjectiveId> findIdsAfter(GoalQuery query, long afterId);

    /**
     * Key paging of {@link #findKeyResults}: the key results of the objectives matching the query with a key-result id
     * above {@code afterId}, ordered by key-result id, at most the query's limit (its offset is ignored); no count.
     */
    List<StoredKeyResult> findKeyResultsAfter(GoalQuery query, long afterId);

    /**
     * The distinct units of the members-only objectives ({@code Visibility.MEMBERS}) that match the query's filters,
     * ignoring its page and audience: the units whose membership decides what a person sees among the matches.
     */
    Set<OrgUnit> membersOnlyUnits(GoalQuery query);
}
