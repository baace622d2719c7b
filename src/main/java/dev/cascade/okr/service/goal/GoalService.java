package dev.cascade.okr.service.goal;

import static dev.cascade.okr.service.goal.GoalInputReader.blankToNull;
import static dev.cascade.okr.service.goal.GoalInputReader.provisional;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalPolicy;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyPage;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The goals use cases over the full goal model: create, list, read, update, delete and move objectives through their
 * lifecycle. Every method checks, in this order: signed in; the goal exists and the caller may see it (otherwise
 * "not found", so that existence never leaks); the caller may change it; the input (core policies); then the store
 * write, which refuses stale versions. Nothing is written unless every check passed.
 */
@JiraComponent
public final class GoalService {

    private static final Logger LOG = LoggerFactory.getLogger(GoalService.class);

    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = GoalFilter.DEFAULT_LIMIT;

    private final GoalStore goals;
    private final GoalQueries queries;
    private final GoalStateStore states;
    private final AlignmentStore alignments;
    private final WorkCatalog catalog;
    private final GoalAccess goalAccess;
    private final SettingsStore settings;
    private final GoalFilters filters;
    private final GoalInputReader reader;
    private final KeyResultInputReader keyResultReader;
    private final GoalTrees trees;
    private final Clock clock;
    private final KeyResultMeasuring measuring;

    /** Creates the service. */
    @Inject
    public GoalService(GoalStore goals, GoalQueries queries, GoalStateStore states, AlignmentStore alignments,
            WorkCatalog catalog, GoalAccess goalAccess, SettingsStore settings, GoalTrees trees,
            KeyResultMeasuring measuring) {
        this(goals, queries, states, alignments, catalog, goalAccess, settings, trees, measuring,
                Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public GoalService(GoalStore goals, GoalQueries queries, GoalStateStore states, AlignmentStore alignments,
            WorkCatalog catalog, GoalAccess goalAccess, SettingsStore settings, GoalTrees trees,
            KeyResultMeasuring measuring, Clock clock) {
        this.goals = goals;
        this.queries = queries;
        this.states = states;
        this.alignments = alignments;
        this.trees = trees;
        this.catalog = catalog;
        this.goalAccess = goalAccess;
        this.settings = settings;
        this.filters = new GoalFilters(catalog, settings, goalAccess);
        this.reader = new GoalInputReader(catalog);
        this.keyResultReader = new KeyResultInputReader(catalog, settings);
        this.clock = clock;
        this.measuring = measuring;
    }

    /**
     * A stored goal with the SMART and weight findings that did not stop the write (warnings).
     *
     * @param goal the goal as stored
     * @param warnings findings a person should look at; empty when none
     */
    public record Saved(StoredObjective goal, List<Violation> warnings) {
        /** Copies the warnings. */
        public Saved {
            warnings = List.copyOf(warnings);
        }

        static Saved unwarned(StoredObjective goal) {
            return new Saved(goal, List.of());
        }
    }

    /**
     * A goal checked and ready to store, with the findings that do not stop it.
     *
     * @param objective what the store takes
     * @param warnings findings a person should look at; empty when none
     */
    public record Prepared(NewObjective objective, List<Violation> warnings) {
        /** Copies the warnings. */
        public Prepared {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Creates a draft objective with its key results. The owner defaults to the caller; the project must exist and
     * be browsable by the caller; the caller must be allowed to create a goal of that level and unit for that owner
     * ({@link AccessPolicy#canCreate}). Warnings of {@link GoalPolicy#check} come back with the stored goal.
     */
    public Outcome<Saved> create(Caller caller, GoalInput input) {
        Outcome<Prepared> prepared = prepare(caller, input);
        if (!prepared.isSuccess()) {
            return prepared.failed();
        }
        StoredObjective inserted = goals.insert(prepared.value().objective(), caller.userKey().orElseThrow(),
                clock.instant());
        trees.goalsChanged(inserted.id());
        StoredObjective stored = measuring.fromJira(inserted.keyResults(), clock.instant())
                ? goals.goal(inserted.id()).orElse(inserted)
                : inserted;
        return Outcome.success(new Saved(stored, prepared.value().warnings()));
    }

    /**
     * Every check of {@link #create} without the write: the goal as the store would take it, or the failure
     * {@link #create} would answer. The spreadsheet import checks each row's goal with it (issue 15).
     */
    public Outcome<Prepared> prepare(Caller caller, GoalInput input) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        List<Violation> violations = new ArrayList<>();
        LevelScheme levels = settings.levelScheme().value();
        UserRef owner = new UserRef(blankToNull(input.ownerKey()) == null ? user.get() : input.ownerKey().trim());
        GoalInputReader.Own own = reader.ownFields(input, levels, violations);
        GoalDetails details = own.details();
        checkOwner(input, violations);
        List<NewKeyResult> keyResults = keyResultReader.keyResults(input.keyResults(), violations, user.get());
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        AccessFacts facts = goalAccess.users().factsOf(user.get());
        Optional<Outcome<Prepared>> unknown = reader.unknownPlaces(facts, own);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        if (!goalAccess.users().policy().canCreate(facts, own.levelKey(), own.unit(), owner)) {
            return GoalAccess.forbidden();
        }
        ObjectiveFields fields = new ObjectiveFields(own.title(), own.description(), owner, own.levelKey(),
                own.period(), own.unit(), own.type(), Lifecycle.DRAFT, own.visibility(), own.rollsUp(), details);
        List<Violation> findings = new ArrayList<>(new GoalPolicy(levels).check(provisional(fields, keyResults)));
        findings.addAll(GoalDetailsInput.setFindings(provisional(fields, keyResults), queries));
        List<Violation> errors = findings.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        return Outcome.success(new Prepared(new NewObjective(fields, keyResults),
                findings.stream().filter(v -> !v.isError()).toList()));
    }

    /**
     * One page of the goals the caller may see, oldest first.
     *
     * <p>Paging and visibility: {@code offset}, {@code limit} and {@code total} count only goals the caller may see,
     * so a page is never short and the total leaks nothing. Core's {@link AccessPolicy#audience} turns the rule into
     * a filter the store applies in its query (visible to everyone, owned by the caller or someone they manage, or
     * members-only in a project or group they belong to — membership asked only for the units the matches use), so
     * a page is one query and a count; {@link AccessPolicy#canSee} still checks every goal answered. A caller who
     * manages more than {@value AccessService#MAX_REPORTS} people is served by reading every match instead.
     */
    public Outcome<Page<StoredObjective>> find(Caller caller, GoalFilter filter) {
        return filters.page(caller, filter, List::of, query -> {
            Page<ObjectiveId> ids = queries.findIds(query);
            // The goals themselves come from the cluster-wide goal cache; the query restates core's rule, and core
            // still has the last word on every goal answered.
            List<StoredObjective> found = trees.goals(ids.items());
            return new Page<>(found, ids.offset(), ids.limit(), ids.total() - (ids.items().size() - found.size()));
        }, (facts, found) -> found.stream().filter(goalAccess.seenBy(facts)).toList());
    }

    /**
     * The page of goals after the filter's key ({@code after}, a goal id; 0 for the first page), oldest first, with
     * the key of the next page: read by key ({@code ID > ? ORDER BY ID LIMIT ?} on the filter's composite index),
     * never by offset, and without a count ({@link GoalFilters#keyPage}); the goals come from the goal cache.
     */
    public Outcome<KeyPage<StoredObjective>> findAfter(Caller caller, GoalFilter filter) {
        return filters.keyPage(caller, filter, (query, after) -> trees.goals(queries.findIdsAfter(query, after)),
                goal -> goal.id().value(), (facts, found) -> found.stream().filter(goalAccess.seenBy(facts)).toList());
    }

    /**
     * The page {@link #find} answers (the same filters, paging and visibility), each goal with its rolled-up progress
     * and coverage exactly as {@link CascadeService#tree} shows them for that goal as root (read from the cached
     * cascade below it, {@link GoalTrees}), without children: what lists of goals with their figures show, e.g. the
     * project page's panel. A goal deleted between the two reads is left out of the items.
     */
    public Outcome<Page<GoalTree>> findRolledUp(Caller caller, GoalFilter filter) {
        Outcome<Page<StoredObjective>> found = find(caller, filter);
        if (!found.isSuccess()) {
            return found.failed();
        }
        List<GoalTree> rolled = new ArrayList<>();
        for (StoredObjective goal : found.value().items()) {
            RolledCascade below = trees.below(goal.id());
            if (below.contains(goal.id())) {
                rolled.add(below.tree(goal.id(), 0, child -> false));
            }
        }
        Page<StoredObjective> page = found.value();
        return Outcome.success(new Page<>(rolled, page.offset(), page.limit(), page.total()));
    }

    /** One goal, if it exists and the caller may see it. */
    public Outcome<StoredObjective> goal(Caller caller, ObjectiveId id) {
        return goalAccess.visible(caller, id);
    }

    /** The deepest tree a caller may ask for, in alignment levels below the root. */
    public static final int MAX_TREE_DEPTH = CascadeService.MAX_TREE_DEPTH;

    /**
     * Replaces the objective's own fields (not its key results, alignments or lifecycle) if it is still at
     * {@code version}. A new level, unit or owner must be one the caller could create a goal with.
     */
    public Outcome<Saved> update(Caller caller, ObjectiveId id, Long version, GoalInput input) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        Objective current = changeable.value().goal().objective();
        AccessPolicy policy = goalAccess.users().policy();
        List<Violation> violations = GoalWrites.versionChecked(version);
        LevelScheme levels = settings.levelScheme().value();
        UserRef owner = blankToNull(input.ownerKey()) == null ? current.owner() : new UserRef(input.ownerKey().trim());
        GoalInputReader.Own own = reader.ownFields(input, levels, violations);
        GoalDetails details = own.details();
        if (!owner.equals(current.owner())) {
            checkOwner(input, violations);
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Optional<Outcome<Saved>> unknown = reader.unknownPlaces(facts, own);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        boolean moved = !own.levelKey().equals(current.levelKey()) || !own.unit().equals(current.unit())
                || !owner.equals(current.owner());
        if (moved && !policy.canCreate(facts, own.levelKey(), own.unit(), owner)) {
            return GoalAccess.forbidden();
        }
        ObjectiveFields fields = new ObjectiveFields(own.title(), own.description(), owner, own.levelKey(),
                own.period(), own.unit(), own.type(), current.lifecycle(), own.visibility(), own.rollsUp(), details);
        Objective changed = new Objective(current.id(), fields.title(), fields.description(), owner,
                fields.levelKey(), fields.period(), fields.unit(), fields.type(), fields.lifecycle(),
                fields.visibility(), fields.rollsUpFromChildren(), current.keyResults(), details);
        List<Violation> findings = new ArrayList<>(new GoalPolicy(levels).check(changed));
        findings.addAll(GoalDetailsInput.setFindings(changed, queries));
        return write(id, version, fields, findings, facts.user().key());
    }

    /** Deletes the goal with its key results and alignments if it is still at {@code version}. */
    public Outcome<StoredObjective> delete(Caller caller, ObjectiveId id, Long version) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        if (version == null) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        List<ObjectiveId> parents = alignments.alignmentsAround(Set.of(id)).stream().map(Versioned::value)
                .filter(a -> a.child().equals(id)).map(Alignment::parent).toList(); // gone with the goal
        StoreWrite<StoredObjective> deleted = goals.delete(id, version);
        trees.goalsChanged(id);
        trees.cascadesChanged(parents);
        return GoalWrites.outcome(deleted, Function.identity(), Function.identity(), () -> GoalAccess.goalNotFound(id));
    }

    /**
     * Moves the goal to another lifecycle state by {@link GoalPolicy#moveTo}: the move must be allowed and the goal
     * must meet the rules of the target state (a confirmed goal's weights sum to 100%).
     */
    public Outcome<Saved> moveTo(Caller caller, ObjectiveId id, Long version, String to) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective found = changeable.value().goal();
        List<Violation> violations = GoalWrites.versionChecked(version);
        Lifecycle target = to == null ? null : Inputs.enumOf(Lifecycle.class, to, "to", violations);
        if (to == null) {
            violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, "to", "", Inputs.allowedValues(Lifecycle.class)));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Validated<Objective> moved = new GoalPolicy(settings.levelScheme().value())
                .moveTo(found.objective(), target);
        if (!moved.isValid()) {
            return Outcome.failure(Failure.INVALID, moved.errors());
        }
        if (target.isFrozen()) {
            return close(id, version, facts.user());
        }
        List<Violation> findings = new ArrayList<>(moved.violations());
        findings.addAll(GoalDetailsInput.setFindings(moved.value(), queries));
        return write(id, version, ObjectiveFields.of(moved.value()), findings, facts.user().key());
    }

    /**
     * Closes the goal: its rolled-up progress and coverage now, as {@link CascadeService#tree} shows them, are stored
     * with it as its closing, and from then on it is frozen (see {@code ClosedGoalRule}).
     */
    private Outcome<Saved> close(ObjectiveId id, long version, UserRef by) {
        RolledCascade rolled = trees.below(id);
        if (!rolled.contains(id)) {
            return GoalAccess.goalNotFound(id);
        }
        GoalTree now = rolled.root(id);
        StoreWrite<StoredObjective> written = states.close(id, version,
                new Closing(clock.instant(), by, now.progress(), now.coverage()));
        trees.goalsChanged(id);
        return GoalWrites.outcome(written, Saved::unwarned, Saved::unwarned, () -> GoalAccess.goalNotFound(id));
    }

    private Outcome<GoalAccess.Changeable> changeableOpen(Caller caller, ObjectiveId id) {
        return GoalWrites.changeableOpen(goalAccess, caller, id);
    }

    /** A named owner must be a user; checked unless the owner key is already refused as malformed. */
    private void checkOwner(GoalInput input, List<Violation> violations) {
        if (violations.stream().noneMatch(v -> "ownerKey".equals(v.field()))) {
            goalAccess.users().unknownUser(input.ownerKey(), "ownerKey").ifPresent(violations::add);
        }
    }

    private Outcome<Saved> write(ObjectiveId id, long version, ObjectiveFields fields, List<Violation> findings,
            String user) {
        List<Violation> errors = findings.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoreWrite<StoredObjective> written = goals.update(id, version, fields, user, clock.instant());
        trees.goalsChanged(id);
        List<Violation> warnings = findings.stream().filter(v -> !v.isError()).toList();
        return GoalWrites.outcome(written, goal -> new Saved(goal, warnings), Saved::unwarned,
                () -> GoalAccess.goalNotFound(id));
    }
}
