package dev.cascade.okr.core.port;

import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.GoalConfirmation;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.util.List;
import java.util.Optional;

/**
 * Where goal confirmations and appraisals live, with their whole history. Every method is one transaction. Writes
 * are optimistic: each names the version it was based on and answers {@code Stale} with the current state, changing
 * nothing, when somebody wrote in between, or {@code Missing} when the row does not exist.
 */
public interface AppraisalStore {

    /** The confirmation of the goal, with every objection ever raised; empty when confirmation has not started. */
    Optional<StoredConfirmation> confirmation(ObjectiveId objective);

    /**
     * Stores the goal's confirmation over version {@code expectedVersion}: 0 starts it (answers {@code Stale} when
     * one exists already), a positive version replaces it (answers {@code Missing} when none exists). Objections are
     * kept in the order of {@link GoalConfirmation#objections()}.
     */
    StoreWrite<StoredConfirmation> putConfirmation(ObjectiveId objective, long expectedVersion,
            GoalConfirmation confirmation);

    /**
     * Stores a new appraisal of the goal for the period (any state, usually not started), at version 1, without
     * asking whether one exists: for imports and fixtures. A request starts one with {@link #start}.
     */
    StoredAppraisal create(ObjectiveId objective, Period period, AppraisalWorkflow workflow);

    /**
     * Starts the one appraisal of the goal for the appraisee of {@code workflow} and the period, at version 1:
     * {@code Written} with it, or {@code Stale} with the one that exists already. Of two starts at the same moment
     * the database lets exactly one through; the other answers {@code Stale}.
     */
    StoreWrite<StoredAppraisal> start(ObjectiveId objective, Period period, AppraisalWorkflow workflow);

    /** The appraisal with its history, if it exists. */
    Optional<StoredAppraisal> appraisal(long id);

    /** Every appraisal of the person, oldest first (by id). */
    List<StoredAppraisal> appraisalsOf(UserRef person);

    /**
     * The appraisals assessed by the manager whose period lies inside {@code period} (both ends inclusive), oldest
     * first.
     */
    List<StoredAppraisal> appraisalsManagedBy(UserRef manager, Period period);

    /**
     * Replaces the appraisal's state over version {@code expectedVersion}. The history may only grow: steps already
     * stored are never rewritten.
     *
     * @throws IllegalArgumentException when the workflow's history does not begin with the stored history
     */
    StoreWrite<StoredAppraisal> put(long id, long expectedVersion, AppraisalWorkflow workflow);

    /**
     * A stored confirmation.
     *
     * @param objective the goal confirmed
     * @param confirmation the confirmation with its objections
     * @param version from 1, increased by every write
     */
    record StoredConfirmation(ObjectiveId objective, GoalConfirmation confirmation, long version) {
        /** Checks presence. */
        public StoredConfirmation {
            Require.present("objective", objective, "confirmation", confirmation);
        }
    }

    /**
     * A stored appraisal.
     *
     * @param id the database id
     * @param objective the goal appraised
     * @param period the period appraised
     * @param workflow its state, scheme snapshot and history
     * @param version from 1, increased by every write
     */
    record StoredAppraisal(long id, ObjectiveId objective, Period period, AppraisalWorkflow workflow, long version) {
        /** Checks presence. */
        public StoredAppraisal {
            Require.present("objective", objective, "period", period, "workflow", workflow);
        }
    }
}
