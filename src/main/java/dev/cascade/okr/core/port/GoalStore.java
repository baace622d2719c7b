package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.KeyResultBasis;
import dev.cascade.okr.core.progress.KeyResultEvaluation;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.core.validation.Require;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where goals live: objectives, their key results with links to Jira work and stored progress, and the alignments
 * between objectives. Every method is one transaction: it completes whole or changes nothing.
 *
 * <p>Versions: objectives, key results and alignments carry a version (from 1, see {@link Versioned}); a write names
 * the version it was based on and answers {@link StoreWrite.Stale} with the current state, changing nothing, when
 * another write came first, or {@link StoreWrite.Missing} when the row is gone. Storing measured progress
 * ({@link KeyResultStore#storeProgress}) is not a person's edit and changes no version, so a recompute never makes an
 * edit stale.
 *
 * <p>Progress: a key result's {@link KeyResult#progress()} is what people see: its manual override when it has one
 * (marked manual), else the computed progress; {@link StoredKeyResult} carries both.
 *
 * <p>The port is cut along the goal room's jobs, and a use case depends on the parts it needs: objectives here,
 * {@link GoalQueries} (finding), {@link KeyResultStore} (key results, links, measured progress),
 * {@link GoalStateStore} (closing, reopening, manual progress) and {@link AlignmentStore} (alignments, cascades); the
 * records they share are declared here.
 */
public interface GoalStore {

    /** The objective, if it exists. */
    Optional<Objective> objective(ObjectiveId id);

    // ---- the full goal model ----

    /**
     * Stores a whole objective with its key results (in order) and their links; every row starts at version 1, and
     * the objective's last update is its creation.
     *
     * @param objective the objective, already validated
     * @param createdBy the creator's user key
     * @param at the creation time
     * @return the stored objective, as {@link #goal} would read it
     * @throws IllegalArgumentException when a key result's computed progress is marked manual (a manual progress is
     *     a {@link ManualOverride}) or a link's issue key is longer than {@value #MAX_ISSUE_KEY} characters
     */
    StoredObjective insert(NewObjective objective, String createdBy, Instant at);

    /** The objective with its versions, key results and links, if it exists. */
    Optional<StoredObjective> goal(ObjectiveId id);

    /**
     * The objectives with these ids, complete with key results and links, in ascending id order; ids without an
     * objective are left out. Any number of ids (read in batches).
     */
    List<StoredObjective> goals(Collection<ObjectiveId> ids);

    /**
     * Replaces an objective's own fields (not its key results or alignments) if it is still at
     * {@code expectedVersion}; the version grows by 1.
     *
     * @return {@code Written} with the new state, {@code Stale} with the current state (nothing changed), or
     *     {@code Missing}
     */
    StoreWrite<StoredObjective> update(ObjectiveId id, long expectedVersion, ObjectiveFields fields,
            String updatedBy, Instant at);

    /**
     * Deletes an objective, its key results, their links and every alignment it is part of (as child or parent), if
     * it is still at {@code expectedVersion}.
     *
     * @return {@code Written} with the state that was deleted, {@code Stale} with the current state (nothing
     *     deleted), or {@code Missing}
     */
    StoreWrite<StoredObjective> delete(ObjectiveId id, long expectedVersion);

    /** The longest issue key a link may hold (its column's length). */
    int MAX_ISSUE_KEY = 255;

    /**
     * An objective's own fields: everything but its id and key results.
     *
     * @param title the objective
     * @param description optional longer text, or {@code null}
     * @param owner the person answerable for it
     * @param levelKey its level's key
     * @param period its period
     * @param unit its project or group
     * @param type result, process or development
     * @param lifecycle its state
     * @param visibility who may see it
     * @param rollsUpFromChildren whether aligned children count in its progress
     * @param details category, responsible departments, support needed and weight ({@link GoalDetails#NONE} when none)
     */
    record ObjectiveFields(String title, String description, UserRef owner, String levelKey, Period period,
            OrgUnit unit, GoalType type, Lifecycle lifecycle, Visibility visibility, boolean rollsUpFromChildren,
            GoalDetails details) {

        /** The fields of a goal without details (no category, departments, support needed or weight). */
        public ObjectiveFields(String title, String description, UserRef owner, String levelKey, Period period,
                OrgUnit unit, GoalType type, Lifecycle lifecycle, Visibility visibility,
                boolean rollsUpFromChildren) {
            this(title, description, owner, levelKey, period, unit, type, lifecycle, visibility, rollsUpFromChildren,
                    GoalDetails.NONE);
        }

        /** Checks presence (every field but the description). */
        public ObjectiveFields {
            Require.present("details", details, "title", title, "owner", owner, "levelKey", levelKey, "period", period,
                    "unit", unit, "type", type, "lifecycle", lifecycle, "visibility", visibility);
        }

        /** The fields of an objective. */
        public static ObjectiveFields of(Objective objective) {
            return new ObjectiveFields(objective.title(), objective.description(), objective.owner(),
                    objective.levelKey(), objective.period(), objective.unit(), objective.type(),
                    objective.lifecycle(), objective.visibility(), objective.rollsUpFromChildren(),
                    objective.details());
        }

        /** These fields in another lifecycle state. */
        public ObjectiveFields withLifecycle(Lifecycle state) {
            return new ObjectiveFields(title, description, owner, levelKey, period, unit, type, state, visibility,
                    rollsUpFromChildren, details);
        }
    }

    /**
     * What a person edits of a key result: everything but its id and measured progress.
     *
     * @param title what will be true when it is achieved
     * @param weight its share of the objective
     * @param measure how it is measured (an issue-driven measure carries its links)
     * @param override a manual progress over the computed one, or {@code null}
     */
    record KeyResultFields(String title, Weight weight, Measure measure, ManualOverride override) {

        /** Checks presence (every field but the override). */
        public KeyResultFields {
            Require.present("title", title, "weight", weight, "measure", measure);
        }

        /** These fields with another override ({@code null} removes it). */
        public KeyResultFields withOverride(ManualOverride manualOverride) {
            return new KeyResultFields(title, weight, measure, manualOverride);
        }
    }

    /**
     * A key result to store.
     *
     * @param fields what people entered
     * @param measured its computed progress (never manual) and evidence
     */
    record NewKeyResult(KeyResultFields fields, Measured measured) {

        /** Checks presence. */
        public NewKeyResult {
            Require.present("fields", fields, "measured", measured);
        }
    }

    /**
     * An objective to store, without ids.
     *
     * @param fields its own fields
     * @param keyResults its key results, in order
     */
    record NewObjective(ObjectiveFields fields, List<NewKeyResult> keyResults) {

        /** Checks presence and copies the key results. */
        public NewObjective {
            Objects.requireNonNull(fields, "fields");
            keyResults = List.copyOf(keyResults);
        }
    }

    /**
     * A key result as stored.
     *
     * @param objectiveId the objective it belongs to
     * @param keyResult the core key result; its progress is the override's when there is one, else the computed one
     * @param version its row's version, from 1
     * @param computedProgress the progress last computed (never manual)
     * @param override the manual progress over it, or {@code null}
     * @param measuredAt when the progress was last computed, or {@code null} if never
     * @param zone the tier the computed progress reached, by core's rule when it was computed ({@link Zone#NONE}
     *     without data); a manual override does not change it
     * @param lastClearing the last time a manual progress was cleared, or {@code null}
     */
    record StoredKeyResult(ObjectiveId objectiveId, KeyResult keyResult, long version, Progress computedProgress,
            ManualOverride override, Instant measuredAt, Zone zone, OverrideClearing lastClearing) {

        /** Checks presence. */
        public StoredKeyResult {
            Require.present("objectiveId", objectiveId, "keyResult", keyResult, "computedProgress", computedProgress,
                    "zone", zone);
        }

        /**
         * A key result whose zone is that of a single target ({@link Zone#ofSingleTarget}) and that was never cleared:
         * for stand-ins in tests.
         */
        public StoredKeyResult(ObjectiveId objectiveId, KeyResult keyResult, long version, Progress computedProgress,
                ManualOverride override, Instant measuredAt) {
            this(objectiveId, keyResult, version, computedProgress, override, measuredAt,
                    Zone.ofSingleTarget(computedProgress), null);
        }

        /** Its id. */
        public KeyResultId id() {
            return keyResult.id();
        }

        /** What a person may edit, as stored now. */
        public KeyResultFields fields() {
            return new KeyResultFields(keyResult.title(), keyResult.weight(), keyResult.measure(), override);
        }

        /** What its progress figure counts ({@link KeyResultBasis#of}); empty when the figure has no data. */
        public Optional<KeyResultBasis> basis() {
            return KeyResultBasis.of(keyResult, override, measuredAt);
        }
    }

    /**
     * An objective as stored.
     *
     * @param objective the core objective with its key results
     * @param version its row's version, from 1
     * @param keyResults its key results as stored, in the order of {@code objective.keyResults()}
     * @param createdBy the creator's user key
     * @param createdAt when it was created
     * @param updatedBy who last changed its own fields (the creator until then)
     * @param updatedAt when its own fields last changed (the creation until then)
     * @param closing what it was when it was closed, present exactly when its lifecycle is closed
     * @param lastReopening the last time an administrator reopened it, or {@code null}
     */
    record StoredObjective(Objective objective, long version, List<StoredKeyResult> keyResults, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, Closing closing, Reopening lastReopening) {

        /** Checks presence and copies the key results. */
        public StoredObjective {
            Objects.requireNonNull(objective, "objective");
            keyResults = List.copyOf(keyResults);
            Require.present("createdBy", createdBy, "createdAt", createdAt, "updatedBy", updatedBy,
                    "updatedAt", updatedAt);
        }

        /** An objective that was never closed nor reopened. */
        public StoredObjective(Objective objective, long version, List<StoredKeyResult> keyResults, String createdBy,
                Instant createdAt, String updatedBy, Instant updatedAt) {
            this(objective, version, keyResults, createdBy, createdAt, updatedBy, updatedAt, null, null);
        }

        /** Its closing, when it is closed. */
        public Optional<Closing> closed() {
            return Optional.ofNullable(closing);
        }

        /**
         * Its goal zone by core's rule ({@link dev.cascade.okr.core.progress.GoalZone}) from the zones of its key
         * results as stored (frozen with them when it is closed).
         */
        public Zone zone() {
            return dev.cascade.okr.core.progress.GoalZone.of(keyResults.stream()
                    .map(k -> new dev.cascade.okr.core.progress.GoalZone.Input(k.keyResult().weight(), k.zone()))
                    .toList());
        }

        /** Its id. */
        public ObjectiveId id() {
            return objective.id();
        }

        /** Its own fields, as stored now. */
        public ObjectiveFields fields() {
            return ObjectiveFields.of(objective);
        }
    }

    /**
     * A link of a key result to Jira work.
     *
     * @param keyResult the key result
     * @param link the link that matched
     */
    record LinkedWork(KeyResultId keyResult, WorkLink link) {
    }

    /**
     * Objectives and alignments between them, ready for an {@code AlignmentGraph} or a cascade tree: every alignment
     * names objectives of the slice.
     *
     * @param objectives the objectives, in the order the method states
     * @param alignments the alignments, by ascending child then parent id
     */
    record GoalSlice(List<StoredObjective> objectives, List<Versioned<Alignment>> alignments) {

        /** Copies the lists. */
        public GoalSlice {
            objectives = List.copyOf(objectives);
            alignments = List.copyOf(alignments);
        }
    }

    /**
     * A computed progress with its evidence and the tier it reached.
     *
     * @param progress the progress
     * @param evidence the counts it came from, or {@code null}
     * @param zone the tier reached, by core's rule ({@link Zone#NONE} exactly when the progress has no data)
     */
    record Measured(Progress progress, IssueCompletion evidence, Zone zone) {

        /** Checks presence. */
        public Measured {
            Require.present("progress", progress, "zone", zone);
        }

        /** A progress of a measure with a single target (its zone by {@link Zone#ofSingleTarget}). */
        public Measured(Progress progress, IssueCompletion evidence) {
            this(progress, evidence, Zone.ofSingleTarget(progress));
        }

        /** What core's evaluation computed (its computed progress, never the manual one) with the evidence. */
        public static Measured of(KeyResultEvaluation evaluation, IssueCompletion evidence) {
            return new Measured(evaluation.computedProgress(), evidence, evaluation.zone());
        }
    }
}
