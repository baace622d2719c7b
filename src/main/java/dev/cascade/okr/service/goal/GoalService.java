package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.AlignmentGraph;
import dev.cascade.okr.core.model.AlignmentPolicy;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalPolicy;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.progress.MeasureDraft;
import dev.cascade.okr.core.progress.MeasurePolicy;
import dev.cascade.okr.core.validation.TitleRule;
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
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.kernel.RolledCascade;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
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
    public static final int DEFAULT_LIMIT = 25;
    /** The longest user key or group name a goal can hold. */
    private static final int MAX_KEY = 255;
    /** What a user-key field allows, as the i18n key of a {@code value.unknown} message's second argument. */

    private final GoalStore goals;
    private final WorkCatalog catalog;
    private final AccessService access;
    private final GoalAccess goalAccess;
    private final SettingsStore settings;
    private final GoalFilters filters;
    private final GoalTrees trees;
    private final ProgressService progress;
    private final ProgressHistoryService history;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public GoalService(GoalStore goals, WorkCatalog catalog, AccessService access, SettingsStore settings,
            GoalTrees trees, ProgressService progress, ProgressHistoryService history) {
        this(goals, catalog, access, settings, trees, progress, history, Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public GoalService(GoalStore goals, WorkCatalog catalog, AccessService access, SettingsStore settings,
            GoalTrees trees, ProgressService progress, ProgressHistoryService history, Clock clock) {
        this.goals = goals;
        this.trees = trees;
        this.progress = progress;
        this.history = history;
        this.catalog = catalog;
        this.access = access;
        this.goalAccess = new GoalAccess(goals, access);
        this.settings = settings;
        this.filters = new GoalFilters(catalog, access, settings);
        this.clock = clock;
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
    }

    /**
     * Which goals to list: each filter optional ({@code null}), texts as the caller typed them.
     *
     * @param period a period shortcut ({@code 2026}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-03}): goals whose
     *     period overlaps it
     * @param level a level key
     * @param project a project key
     * @param owner an owner's user key
     * @param status a lifecycle state, e.g. {@code draft}
     * @param offset how many visible goals to skip; {@code null} means 0
     * @param limit how many visible goals to answer, 1 to 100; {@code null} means {@value #DEFAULT_LIMIT}
     */
    public record GoalFilter(String period, String level, String project, String owner, String status,
            Integer offset, Integer limit) {
    }

    /**
     * Creates a draft objective with its key results. The owner defaults to the caller; the project must exist and
     * be browsable by the caller; the caller must be allowed to create a goal of that level and unit for that owner
     * ({@link AccessPolicy#canCreate}). Warnings of {@link GoalPolicy#check} come back with the stored goal.
     */
    public Outcome<Saved> create(Caller caller, GoalInput input) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        List<Violation> violations = new ArrayList<>();
        LevelScheme levels = settings.levelScheme().value();
        UserRef owner = new UserRef(blankToNull(input.ownerKey()) == null ? user.get() : input.ownerKey().trim());
        Own own = ownFields(input, levels, violations);
        GoalDetails details = GoalDetailsInput.read(input, violations);
        if (violations.stream().noneMatch(v -> "ownerKey".equals(v.field()))) {
            access.unknownUser(input.ownerKey(), "ownerKey").ifPresent(violations::add);
        }
        List<NewKeyResult> keyResults = keyResults(input.keyResults(), violations, user.get());
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        AccessFacts facts = access.factsOf(user.get());
        Optional<Outcome<Saved>> unit = checkUnit(facts, own.unit());
        if (unit.isPresent()) {
            return unit.get();
        }
        List<Violation> unknownDepartments = GoalDetailsInput.unknownDepartments(details, facts, catalog);
        if (!unknownDepartments.isEmpty()) {
            return Outcome.failure(Failure.INVALID, unknownDepartments);
        }
        if (!access.policy().canCreate(facts, own.levelKey(), own.unit(), owner)) {
            return GoalAccess.forbidden();
        }
        ObjectiveFields fields = new ObjectiveFields(own.title(), own.description(), owner, own.levelKey(),
                own.period(), own.unit(), own.type(), Lifecycle.DRAFT, own.visibility(), own.rollsUp(), details);
        List<Violation> findings = new ArrayList<>(new GoalPolicy(levels).check(provisional(fields, keyResults)));
        findings.addAll(GoalDetailsInput.setFindings(provisional(fields, keyResults), goals));
        List<Violation> errors = findings.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoredObjective inserted = goals.insert(new NewObjective(fields, keyResults), user.get(), clock.instant());
        trees.goalsChanged(inserted.id());
        StoredObjective stored = measureLinked(inserted.keyResults()) ? goals.goal(inserted.id()).orElse(inserted)
                : inserted;
        return Outcome.success(new Saved(stored, findings.stream().filter(v -> !v.isError()).toList()));
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
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        Outcome<GoalQuery> parsed = filters.read(facts, filter);
        if (!parsed.isSuccess()) {
            return rethrow(parsed);
        }
        int offset = parsed.value().offset();
        int limit = parsed.value().limit();
        GoalQuery query = parsed.value().withPage(0, GoalQuery.MAX_LIMIT);
        Optional<GoalQuery> visible = goalAccess.visibleTo(facts, query);
        if (visible.isEmpty()) {
            GoalAccess.Pager<StoredObjective> pager = new GoalAccess.Pager<>(offset, limit);
            goalAccess.forEachVisible(query, facts, pager::offer);
            return Outcome.success(pager.page());
        }
        Page<ObjectiveId> page = goals.findIds(visible.get().withPage(offset, limit));
        // The goals themselves come from the cluster-wide goal cache; the query restates core's rule, and core still
        // has the last word on every goal answered.
        List<StoredObjective> found = trees.goals(page.items());
        List<StoredObjective> kept = found.stream().filter(goalAccess.seenBy(facts)).toList();
        return Outcome.success(new Page<>(kept, offset, limit, page.total() - (page.items().size() - kept.size())));
    }

    /**
     * The page {@link #find} answers (the same filters, paging and visibility), each goal with its rolled-up progress
     * and coverage exactly as {@link #tree} shows them for that goal as root (read from the cached cascade below it,
     * {@link GoalTrees}), without children: what lists of goals with their figures show, e.g. the project page's
     * panel. A goal deleted between the two reads is left out of the items.
     */
    public Outcome<Page<GoalTree>> findRolledUp(Caller caller, GoalFilter filter) {
        Outcome<Page<StoredObjective>> found = find(caller, filter);
        if (!found.isSuccess()) {
            return rethrow(found);
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
    public static final int MAX_TREE_DEPTH = GoalTrees.MAX_DEPTH;

    /**
     * The cascade below a goal the caller may see, {@code depth} alignment levels deep (default 10). Progress is rolled
     * up by core's {@code RollupNetwork} over the whole cascade below the root ({@value #MAX_TREE_DEPTH} levels), so it
     * does not depend on the depth asked for; the rolled-up cascade is cached cluster-wide ({@link GoalTrees}). Goals
     * the caller may not see are left out together with everything below them (nothing is shown
     * through a goal the caller cannot see). A goal aligned to two parents in the tree appears under each.
     */
    public Outcome<GoalTree> tree(Caller caller, ObjectiveId root, Integer depth) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        int levels = depth == null ? 10 : depth;
        if (levels < 0 || levels > MAX_TREE_DEPTH) {
            return Outcome.failure(Outcome.Failure.INVALID, Violation.of(ViolationCode.DEPTH_INVALID, "depth",
                    "0", String.valueOf(MAX_TREE_DEPTH)));
        }
        AccessFacts facts = access.factsOf(user.get());
        if (goalAccess.visible(facts, root).isEmpty()) {
            return GoalAccess.goalNotFound(root);
        }
        return Outcome.success(trees.below(root).tree(root, levels, goalAccess.seenBy(facts)));
    }

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
        StoredObjective found = changeable.value().goal();
        Objective current = found.objective();
        AccessPolicy policy = access.policy();
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        LevelScheme levels = settings.levelScheme().value();
        UserRef owner = blankToNull(input.ownerKey()) == null ? current.owner() : new UserRef(input.ownerKey().trim());
        Own own = ownFields(input, levels, violations);
        GoalDetails details = GoalDetailsInput.read(input, violations);
        if (!owner.equals(current.owner()) && violations.stream().noneMatch(v -> "ownerKey".equals(v.field()))) {
            access.unknownUser(input.ownerKey(), "ownerKey").ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Optional<Outcome<Saved>> unit = checkUnit(facts, own.unit());
        if (unit.isPresent()) {
            return unit.get();
        }
        List<Violation> unknownDepartments = GoalDetailsInput.unknownDepartments(details, facts, catalog);
        if (!unknownDepartments.isEmpty()) {
            return Outcome.failure(Failure.INVALID, unknownDepartments);
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
        findings.addAll(GoalDetailsInput.setFindings(changed, goals));
        return write(id, version, fields, findings, facts.user().key());
    }

    /** Deletes the goal with its key results and alignments if it is still at {@code version}. */
    public Outcome<StoredObjective> delete(Caller caller, ObjectiveId id, Long version) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective found = changeable.value().goal();
        if (version == null) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        List<ObjectiveId> parents = goals.alignmentsAround(Set.of(id)).stream().map(Versioned::value)
                .filter(a -> a.child().equals(id)).map(Alignment::parent).toList(); // gone with the goal
        StoreWrite<StoredObjective> deleted = goals.delete(id, version);
        trees.goalsChanged(id);
        trees.cascadesChanged(parents);
        if (deleted instanceof StoreWrite.Written<StoredObjective> written) {
            return Outcome.success(written.value());
        }
        if (deleted instanceof StoreWrite.Stale<StoredObjective> stale) {
            return Outcome.conflict(stale.current());
        }
        return GoalAccess.goalNotFound(id);
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
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
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
        findings.addAll(GoalDetailsInput.setFindings(moved.value(), goals));
        return write(id, version, ObjectiveFields.of(moved.value()), findings, facts.user().key());
    }

    /**
     * Closes the goal: its rolled-up progress and coverage now, as {@link #tree} shows them, are stored with it as
     * its closing, and from then on it is frozen (see {@code ClosedGoalRule}).
     */
    private Outcome<Saved> close(ObjectiveId id, long version, UserRef by) {
        RolledCascade rolled = trees.below(id);
        if (!rolled.contains(id)) {
            return GoalAccess.goalNotFound(id);
        }
        GoalTree now = rolled.root(id);
        StoreWrite<StoredObjective> written = goals.close(id, version,
                new Closing(clock.instant(), by, now.progress(), now.coverage()));
        trees.goalsChanged(id);
        if (written instanceof StoreWrite.Written<StoredObjective> ok) {
            return Outcome.success(new Saved(ok.value(), List.of()));
        }
        if (written instanceof StoreWrite.Stale<StoredObjective> stale) {
            return Outcome.conflict(new Saved(stale.current(), List.of()));
        }
        return GoalAccess.goalNotFound(id);
    }

    /** {@link GoalAccess#changeable}, then 409 {@code goal.closed} when the goal is closed (frozen). */
    private Outcome<GoalAccess.Changeable> changeableOpen(Caller caller, ObjectiveId id) {
        Outcome<GoalAccess.Changeable> changeable = goalAccess.changeable(caller, id);
        if (!changeable.isSuccess()) {
            return changeable;
        }
        return GoalAccess.<GoalAccess.Changeable>refuseWhenClosed(changeable.value().goal()).orElse(changeable);
    }

    private Outcome<Saved> write(ObjectiveId id, long version, ObjectiveFields fields, List<Violation> findings,
            String user) {
        List<Violation> errors = findings.stream().filter(Violation::isError).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoreWrite<StoredObjective> written = goals.update(id, version, fields, user, clock.instant());
        trees.goalsChanged(id);
        if (written instanceof StoreWrite.Written<StoredObjective> ok) {
            return Outcome.success(new Saved(ok.value(), findings.stream().filter(v -> !v.isError()).toList()));
        }
        if (written instanceof StoreWrite.Stale<StoredObjective> stale) {
            return Outcome.conflict(new Saved(stale.current(), List.of()));
        }
        return GoalAccess.goalNotFound(id);
    }

    // ---- key results ----------------------------------------------------------------------------------------

    /**
     * Adds a key result after the goal's last one. The goal as it would be afterwards must meet the rules of its
     * state ({@link GoalPolicy#check}: a confirmed goal's weights still sum to 100%).
     */
    public Outcome<StoredKeyResult> addKeyResult(Caller caller, ObjectiveId id, GoalInput.KeyResultInput input) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective found = changeable.value().goal();
        List<Violation> violations = new ArrayList<>();
        NewKeyResult keyResult = keyResult(input, "", violations, facts.user().key(), List.of());
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Objective goal = found.objective();
        if (goal.keyResults().size() >= ObjectiveDraftPolicy.MAX_KEY_RESULTS) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.KEY_RESULTS_TOO_MANY, "keyResults",
                    String.valueOf(ObjectiveDraftPolicy.MAX_KEY_RESULTS)));
        }
        List<KeyResult> after = new ArrayList<>(goal.keyResults());
        after.add(provisional(new KeyResultId(Long.MAX_VALUE), keyResult.fields(), keyResult.measured().progress()));
        List<Violation> errors = goalErrors(goal, after);
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoreWrite<StoredKeyResult> written = goals.addKeyResult(id, keyResult, clock.instant());
        trees.goalsChanged(id);
        if (written instanceof StoreWrite.Written<StoredKeyResult> ok) {
            return measured(Outcome.success(ok.value()));
        }
        return GoalAccess.goalNotFound(id);
    }

    /**
     * Replaces a key result's title, weight and measure (with its links) if it is still at {@code version}; a manual
     * override stays. The goal as it would be afterwards must meet the rules of its state.
     */
    public Outcome<StoredKeyResult> updateKeyResult(Caller caller, KeyResultId id, Long version,
            GoalInput.KeyResultInput input) {
        Outcome<Owned> owned = changeableKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return rethrow(owned);
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        NewKeyResult keyResult = keyResult(input, "", violations, caller.userKey().orElseThrow(),
                linksOf(owned.value().keyResult().keyResult()));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoredKeyResult current = owned.value().keyResult();
        KeyResultFields fields = keyResult.fields().withOverride(current.override());
        List<KeyResult> after = owned.value().goal().objective().keyResults().stream()
                .map(k -> k.id().equals(id) ? provisional(id, fields, k.progress()) : k).toList();
        List<Violation> errors = goalErrors(owned.value().goal().objective(), after);
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        Outcome<StoredKeyResult> written = keyResultWritten(id, goals.updateKeyResult(id, version, fields));
        if (written.isSuccess() && !(fields.measure() instanceof IssueMeasure)) {
            // A new target or a new reading of check-ins (running totals or amounts per period) moves progress now.
            progress.measureFromCheckIns(List.of(written.value()));
            return Outcome.success(goals.keyResult(id).orElse(written.value()));
        }
        return measured(written);
    }

    /** Deletes a key result if it is still at {@code version}; the goal without it must meet its state's rules. */
    public Outcome<StoredKeyResult> deleteKeyResult(Caller caller, KeyResultId id, Long version) {
        Outcome<Owned> owned = changeableKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return rethrow(owned);
        }
        if (version == null) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        List<KeyResult> after = owned.value().goal().objective().keyResults().stream()
                .filter(k -> !k.id().equals(id)).toList();
        List<Violation> errors = goalErrors(owned.value().goal().objective(), after);
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        return keyResultWritten(id, goals.deleteKeyResult(id, version));
    }

    /**
     * Replaces the links of an issue-driven key result if it is still at {@code version}: well-formed by
     * {@link WorkLink#check}, and every new link one the caller may link ({@link WorkCatalog#linkableBy}).
     */
    public Outcome<StoredKeyResult> setLinks(Caller caller, KeyResultId id, Long version,
            List<GoalInput.LinkInput> input) {
        Outcome<Owned> owned = changeableKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return rethrow(owned);
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        if (!(owned.value().keyResult().keyResult().measure() instanceof IssueMeasure)) {
            violations.add(Violation.of(ViolationCode.KEY_RESULT_NOT_ISSUE_DRIVEN, "links"));
        }
        List<WorkLink> links = input == null ? null : links(input, "links", violations);
        if (violations.isEmpty()) {
            violations.addAll(WorkLink.check(links, "links"));
        }
        if (violations.isEmpty()) {
            violations.addAll(unlinkable(caller.userKey().orElseThrow(), links,
                    linksOf(owned.value().keyResult().keyResult()), "links"));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return measured(keyResultWritten(id, goals.setLinks(id, version, links)));
    }

    /** A key result with its goal, found for a caller who may change the goal. */
    private record Owned(StoredObjective goal, StoredKeyResult keyResult) {
    }

    /** {@link GoalAccess#changeableOpenKeyResult}: 401, 404, 403 or 409 {@code goal.closed}, else the two. */
    private Outcome<Owned> changeableKeyResult(Caller caller, KeyResultId id) {
        Outcome<GoalAccess.ChangeableKeyResult> found = goalAccess.changeableOpenKeyResult(caller, id);
        return found.isSuccess() ? Outcome.success(new Owned(found.value().goal(), found.value().keyResult()))
                : found.failed();
    }

    /** A written key result measured from Jira and back-filled when it is issue-driven, read again after that. */
    private Outcome<StoredKeyResult> measured(Outcome<StoredKeyResult> written) {
        if (!written.isSuccess() || !measureLinked(List.of(written.value()))) {
            return written;
        }
        return Outcome.success(goals.keyResult(written.value().id()).orElse(written.value()));
    }

    /**
     * Measures the issue-driven ones of these key results from Jira now and back-fills their history from the issues'
     * resolution dates, so that a new link shows progress and a past at once. A Jira failure does not undo the write
     * (the key result says "not computed" until the next change or the daily reconciliation); it is logged.
     *
     * @return whether any key result was issue-driven
     */
    private boolean measureLinked(List<StoredKeyResult> written) {
        List<KeyResultId> linked = written.stream()
                .filter(k -> k.keyResult().measure() instanceof IssueMeasure m && !m.links().isEmpty())
                .map(StoredKeyResult::id).toList();
        if (linked.isEmpty()) {
            return false;
        }
        try {
            progress.recompute(linked);
            Instant now = clock.instant();
            history.backfill(new java.util.HashSet<>(linked), LocalDate.ofInstant(now, ZoneOffset.UTC), now);
        } catch (RuntimeException e) {
            LOG.warn("Measuring {} newly linked key results from Jira failed; the daily job retries", linked.size(),
                    e);
        }
        return true;
    }

    private Outcome<StoredKeyResult> keyResultWritten(KeyResultId id, StoreWrite<StoredKeyResult> written) {
        if (written instanceof StoreWrite.Written<StoredKeyResult> ok) {
            trees.goalsChanged(ok.value().objectiveId());
            return Outcome.success(ok.value());
        }
        if (written instanceof StoreWrite.Stale<StoredKeyResult> stale) {
            return Outcome.conflict(stale.current());
        }
        return keyResultNotFound(id);
    }

    /** The errors (not warnings) of the goal's state rules were its key results these. */
    private List<Violation> goalErrors(Objective goal, List<KeyResult> keyResults) {
        Objective changed = goal.withKeyResults(keyResults);
        return new GoalPolicy(settings.levelScheme().value()).check(changed).stream().filter(Violation::isError)
                .toList();
    }

    private static KeyResult provisional(KeyResultId id, KeyResultFields fields, Progress progress) {
        return new KeyResult(id, fields.title(), fields.weight(), fields.measure(), progress, null);
    }

    // ---- alignments ---------------------------------------------------------------------------------------------

    /**
     * Aligns the goal {@code childId} (which the caller may change) to {@code parentId} (which the caller may see) with
     * a contribution in per-cent. {@link AlignmentPolicy} decides on a graph of the goals above the parent and below
     * the child as stored, so cycles and depth are checked on real data.
     */
    public Outcome<Versioned<Alignment>> align(Caller caller, ObjectiveId childId, Long parentId,
            java.math.BigDecimal contribution) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective child = changeable.value().goal();
        List<Violation> violations = new ArrayList<>();
        if (parentId == null) {
            violations.add(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "parentId"));
        } else if (parentId <= 0 || goalAccess.visible(facts, new ObjectiveId(parentId)).isEmpty()) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_GOAL_UNKNOWN, "parentId", String.valueOf(parentId)));
        }
        Weight weight = contribution(contribution, violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        ObjectiveId parent = new ObjectiveId(parentId);
        LevelScheme levels = settings.levelScheme().value();
        AlignmentGraph graph = graphAround(childId, parent, levels);
        List<Violation> errors = new AlignmentPolicy(levels).check(graph, childId, parent).stream()
                .filter(Violation::isError).map(v -> renamed(v, "parent", "parentId")).toList();
        if (!errors.isEmpty()) {
            return Outcome.failure(Failure.INVALID, errors);
        }
        StoreWrite<Versioned<Alignment>> written = goals.align(new Alignment(childId, parent, weight),
                facts.user().key(), clock.instant());
        trees.cascadesChanged(List.of(parent));
        if (written instanceof StoreWrite.Written<Versioned<Alignment>> ok) {
            return Outcome.success(ok.value());
        }
        if (written instanceof StoreWrite.Stale<Versioned<Alignment>>) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ALIGNMENT_DUPLICATE, "parentId"));
        }
        return GoalAccess.goalNotFound(childId);
    }

    /**
     * Changes the contribution of the alignment of {@code childId} (which the caller may change) to {@code parentId}
     * (which the caller may see) if the alignment is still at {@code version}; the version grows by 1. Not aligned,
     * or a parent the caller cannot see, answers 404 {@code alignment.not-found}; a stale version answers 409 with the
     * current alignment. Contribution is per-cent, 0 to 100 with at most two decimals.
     */
    public Outcome<Versioned<Alignment>> changeContribution(Caller caller, ObjectiveId childId, ObjectiveId parentId,
            Long version, java.math.BigDecimal contribution) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        if (goalAccess.visible(facts, parentId).isEmpty() || goals.alignmentsAround(Set.of(childId)).stream()
                .noneMatch(a -> a.value().child().equals(childId) && a.value().parent().equals(parentId))) {
            return alignmentNotFound(parentId);
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        } else if (version < 1) {
            violations.add(Violation.of(ViolationCode.VERSION_INVALID, "version", "1"));
        }
        Weight weight = contribution(contribution, violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoreWrite<Versioned<Alignment>> written = goals.changeContribution(childId, parentId, version, weight);
        trees.cascadesChanged(List.of(parentId));
        if (written instanceof StoreWrite.Written<Versioned<Alignment>> ok) {
            return Outcome.success(ok.value());
        }
        if (written instanceof StoreWrite.Stale<Versioned<Alignment>> stale) {
            return Outcome.conflict(stale.current());
        }
        return alignmentNotFound(parentId);
    }

    private static <T> Outcome<T> alignmentNotFound(ObjectiveId parentId) {
        return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.ALIGNMENT_NOT_FOUND, "parentId",
                String.valueOf(parentId.value())));
    }

    /** Removes the alignment of {@code childId} (which the caller may change) to {@code parentId}. */
    public Outcome<ObjectiveId> unalign(Caller caller, ObjectiveId childId, ObjectiveId parentId) {
        Outcome<GoalAccess.Changeable> changeable = changeableOpen(caller, childId);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective child = changeable.value().goal();
        if (goalAccess.visible(facts, parentId).isEmpty() || !goals.unalign(childId, parentId)) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.ALIGNMENT_NOT_FOUND, "parentId",
                    String.valueOf(parentId.value())));
        }
        trees.cascadesChanged(List.of(parentId));
        return Outcome.success(parentId);
    }

    /**
     * The goals above {@code parent} and below {@code child} with the alignments among them, read level by level in
     * batches ({@link GoalStore#alignmentsAround}), at most one level deeper than the scheme allows each way (enough
     * to see a chain that is too deep).
     */
    private AlignmentGraph graphAround(ObjectiveId child, ObjectiveId parent, LevelScheme levels) {
        java.util.Set<ObjectiveId> ids = new java.util.LinkedHashSet<>(List.of(child, parent));
        Map<String, Alignment> edges = new LinkedHashMap<>();
        walk(parent, true, levels.maxAlignmentDepth() + 1, ids, edges);
        walk(child, false, levels.maxAlignmentDepth() + 1, ids, edges);
        List<AlignmentGraph.Node> nodes = new ArrayList<>();
        for (StoredObjective stored : goals.goals(ids)) {
            Objective o = stored.objective();
            int rank = levels.level(o.levelKey()).map(Level::rank).orElse(levels.levels().size());
            nodes.add(new AlignmentGraph.Node(o.id(), o.period(), rank));
        }
        java.util.Set<ObjectiveId> present = new java.util.HashSet<>(nodes.stream().map(AlignmentGraph.Node::id)
                .toList());
        return AlignmentGraph.of(nodes, edges.values().stream()
                .filter(a -> present.contains(a.child()) && present.contains(a.parent())).toList());
    }

    private void walk(ObjectiveId from, boolean up, int maxLevels, java.util.Set<ObjectiveId> ids,
            Map<String, Alignment> edges) {
        java.util.Set<ObjectiveId> frontier = java.util.Set.of(from);
        java.util.Set<ObjectiveId> reached = new java.util.HashSet<>(frontier);
        for (int level = 0; level < maxLevels && !frontier.isEmpty(); level++) {
            java.util.Set<ObjectiveId> next = new java.util.LinkedHashSet<>();
            for (Versioned<Alignment> around : goals.alignmentsAround(frontier)) {
                Alignment a = around.value();
                ObjectiveId near = up ? a.child() : a.parent();
                ObjectiveId far = up ? a.parent() : a.child();
                if (frontier.contains(near)) {
                    edges.put(a.child().value() + ">" + a.parent().value(), a);
                    if (reached.add(far)) {
                        next.add(far);
                    }
                }
            }
            ids.addAll(next);
            frontier = next;
        }
    }

    private static Violation renamed(Violation violation, String from, String to) {
        return from.equals(violation.field())
                ? new Violation(violation.code(), to, violation.args(), violation.severity()) : violation;
    }

    // ---- the project cascade ------------------------------------------------------------------------------------

    /**
     * The cascade of a project for a period: one tree per project goal of the period that supports no other project
     * goal of it, with the whole cascade aligned below (goals of other units and their children included), each tree
     * the one {@link #tree} answers for its root, so progress is the same in both. Goals the caller may not see are
     * left out with their subtrees. The project must exist and be browsable by the caller, else INVALID
     * {@code project.unknown} at {@code project}, the same for both.
     */
    public Outcome<List<GoalTree>> cascade(Caller caller, String projectKey, String periodText) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        String key = blankToNull(projectKey);
        if (key == null || key.length() > MAX_KEY || !catalog.projectExists(key.trim())
                || !facts.canBrowseProject(key.trim())) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PROJECT_UNKNOWN, "project",
                    key == null ? "" : Inputs.shorten(key)));
        }
        Optional<Period> period = periodText == null ? Optional.empty() : PeriodText.parse(periodText);
        if (period.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PERIOD_INVALID, "period",
                    periodText == null ? "" : Inputs.shorten(periodText)));
        }
        GoalStore.GoalSlice slice = goals.cascadeOfProject(key.trim(), period.get());
        java.util.Set<ObjectiveId> ofProject = new java.util.HashSet<>();
        for (StoredObjective stored : slice.objectives()) {
            Objective o = stored.objective();
            if (o.unit() instanceof OrgUnit.Project p && p.key().equals(key.trim())
                    && !o.period().end().isBefore(period.get().start())
                    && !o.period().start().isAfter(period.get().end())) {
                ofProject.add(o.id());
            }
        }
        java.util.Set<ObjectiveId> supporting = new java.util.HashSet<>();
        for (Versioned<Alignment> alignment : slice.alignments()) {
            if (ofProject.contains(alignment.value().parent())) {
                supporting.add(alignment.value().child());
            }
        }
        List<ObjectiveId> roots = slice.objectives().stream().map(StoredObjective::objective)
                .filter(o -> ofProject.contains(o.id()) && !supporting.contains(o.id()) && goalAccess.sees(facts, o))
                .map(Objective::id).toList();
        // Each root's tree is the cached, complete cascade below it: the same roll-up as GET /goals/{id}/tree, with
        // every goal below (not only the goals of the slice), so both answer the same progress for the same goal.
        return Outcome.success(roots.stream().map(root -> trees.below(root).tree(root, MAX_TREE_DEPTH,
                goalAccess.seenBy(facts))).toList());
    }

    private static <T> Outcome<T> rethrow(Outcome<?> failed) {
        return Outcome.failure(failed.failure(), failed.violations());
    }

    private static <T> Outcome<T> keyResultNotFound(KeyResultId id) {
        return GoalAccess.keyResultNotFound(id);
    }

    /**
     * The contribution as a weight; {@code null}, with {@code alignment.contribution-invalid} noted, when it is
     * none.
     */
    private static Weight contribution(BigDecimal contribution, List<Violation> violations) {
        Weight weight = Weight.ofPercentOrNull(contribution);
        if (weight == null) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_CONTRIBUTION_INVALID, "contribution",
                    String.valueOf(contribution)));
        }
        return weight;
    }

    /** A project unit must name an existing project the caller may browse; a missing one reads like a hidden one. */
    private <T> Optional<Outcome<T>> checkUnit(AccessFacts facts, OrgUnit unit) {
        if (unit instanceof OrgUnit.Project project
                && (!catalog.projectExists(project.key()) || !facts.canBrowseProject(project.key()))) {
            return Optional.of(Outcome.failure(Failure.INVALID,
                    Violation.of(ViolationCode.PROJECT_UNKNOWN, "unit.project", project.key())));
        }
        return Optional.empty();
    }

    /** The checked own fields of an objective; {@code null} entries when {@code violations} got an entry. */
    private record Own(String title, String description, String levelKey, Period period, OrgUnit unit,
            GoalType type, Visibility visibility, boolean rollsUp) {
    }

    private Own ownFields(GoalInput input, LevelScheme levels, List<Violation> violations) {
        TitleRule.check(input.title(), "title", violations);
        if (input.description() != null && input.description().length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            violations.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "description",
                    String.valueOf(ObjectiveDraftPolicy.MAX_DESCRIPTION)));
        }
        String levelKey = blankToNull(input.level());
        if (levelKey == null) {
            violations.add(Violation.of(ViolationCode.LEVEL_REQUIRED, "level"));
        } else if (levels.level(levelKey).isEmpty()) {
            violations.add(Violation.of(ViolationCode.LEVEL_UNKNOWN, "level", levelKey));
        }
        if (input.ownerKey() != null && (input.ownerKey().length() > MAX_KEY
                || input.ownerKey().chars().anyMatch(Character::isISOControl))) {
            violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, "ownerKey", Inputs.shorten(input.ownerKey()),
                    Inputs.ALLOWED_USER_KEY));
        }
        Period period = period(input.period(), violations);
        OrgUnit unit = null;
        String project = blankToNull(input.projectKey());
        String group = blankToNull(input.groupName());
        if ((project == null) == (group == null)) {
            violations.add(Violation.of(ViolationCode.UNIT_REQUIRED, "unit"));
        } else if (group != null && (group.length() > MAX_KEY || group.chars().anyMatch(Character::isISOControl))) {
            violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, "unit.group", Inputs.shorten(group),
                    "cascade.value.allowed.group"));
        } else {
            unit = project != null ? new OrgUnit.Project(project.trim()) : new OrgUnit.Group(group.trim());
        }
        GoalType type = input.type() == null ? GoalType.RESULT : Inputs.enumOf(GoalType.class, input.type(), "type",
                violations);
        Visibility visibility = input.visibility() == null ? Visibility.MEMBERS
                : Inputs.enumOf(Visibility.class, input.visibility(), "visibility", violations);
        String title = input.title() == null ? null : input.title().trim();
        return new Own(title, input.description(), levelKey, period, unit, type, visibility,
                Boolean.TRUE.equals(input.rollsUpFromChildren()));
    }

    private static Period period(GoalInput.PeriodInput input, List<Violation> violations) {
        if (input == null) {
            violations.add(Violation.of(ViolationCode.PERIOD_START_REQUIRED, "period.start"));
            return null;
        }
        PeriodKind kind = input.kind() == null ? null : Inputs.enumOf(PeriodKind.class, input.kind(), "period.kind",
                violations);
        if (input.kind() != null && kind == null) {
            return null;
        }
        if (kind == PeriodKind.CUSTOM || (kind == null && input.value() == null)) {
            if (input.value() != null) {
                violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.value",
                        Inputs.shorten(input.value())));
                return null;
            }
            int before = violations.size();
            LocalDate start = date(input.start(), "period.start", violations);
            LocalDate end = date(input.end(), "period.end", violations);
            if (violations.size() > before) {
                return null;
            }
            Validated<Period> custom = Period.custom(start, end, "period");
            if (!custom.isValid()) {
                violations.addAll(custom.errors());
                return null;
            }
            return custom.value();
        }
        Optional<Period> parsed = PeriodText.parse(input.value());
        if (parsed.isEmpty() || (kind != null && parsed.get().kind() != kind)) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.value",
                    Inputs.shorten(String.valueOf(input.value()))));
            return null;
        }
        // A period as a response states it (value with its start and end) is accepted when they agree, so that a goal
        // read can be sent back as it is; start or end that disagree with the value are refused.
        if (input.start() != null && !input.start().equals(parsed.get().start().toString())) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.start", Inputs.shorten(input.start())));
            return null;
        }
        if (input.end() != null && !input.end().equals(parsed.get().end().toString())) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.end", Inputs.shorten(input.end())));
            return null;
        }
        return parsed.get();
    }

    private static LocalDate date(String text, String field, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(ViolationCode.DATE_INVALID, field, Inputs.shorten(text)));
            return null;
        }
    }

    private List<NewKeyResult> keyResults(List<GoalInput.KeyResultInput> inputs, List<Violation> violations,
            String userKey) {
        List<NewKeyResult> keyResults = new ArrayList<>();
        if (inputs == null) {
            return keyResults;
        }
        if (inputs.size() > ObjectiveDraftPolicy.MAX_KEY_RESULTS) {
            violations.add(Violation.of(ViolationCode.KEY_RESULTS_TOO_MANY, "keyResults",
                    String.valueOf(ObjectiveDraftPolicy.MAX_KEY_RESULTS)));
            return keyResults;
        }
        for (int i = 0; i < inputs.size(); i++) {
            NewKeyResult keyResult = keyResult(inputs.get(i), "keyResults[" + i + "].", violations, userKey,
                    List.of());
            if (keyResult != null) {
                keyResults.add(keyResult);
            }
        }
        return keyResults;
    }

    /**
     * One submitted key result as it would be stored, or {@code null} when {@code violations} got an entry; fields are
     * named {@code prefix + "title"}, {@code prefix + "measure.links[0]"} and so on.
     */
    private NewKeyResult keyResult(GoalInput.KeyResultInput input, String prefix, List<Violation> violations,
            String userKey, List<WorkLink> already) {
        if (input == null) {
            violations.add(Violation.of(ViolationCode.TITLE_REQUIRED, prefix + "title"));
            return null;
        }
        int before = violations.size();
        TitleRule.check(input.title(), prefix + "title", violations);
        Weight weight = Weight.ofPercentOrNull(input.weightPercent());
        if (weight == null) {
            violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, prefix + "weight",
                    String.valueOf(input.weightPercent())));
        }
        int beforeMeasure = violations.size();
        MeasureDraft draft = measureDraft(input.measure(), prefix + "measure", violations);
        if (violations.size() > beforeMeasure) {
            return null;
        }
        Validated<Measure> measure = new MeasurePolicy().validate(draft, prefix + "measure");
        violations.addAll(measure.errors());
        if (measure.isValid()) {
            violations.addAll(unlinkable(userKey, measure.value(), already, prefix + "measure.links"));
        }
        if (violations.size() > before || input.title() == null || input.title().isBlank()) {
            return null;
        }
        return new NewKeyResult(new KeyResultFields(input.title().trim(), weight, measure.value(), null),
                new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null));
    }

    /** The core draft of a submitted measure; {@code null} entries for enum texts that are no value (reported). */
    private static MeasureDraft measureDraft(GoalInput.MeasureInput in, String field, List<Violation> violations) {
        if (in == null) {
            return null;
        }
        Measure.Kind kind = in.kind() == null ? null : Inputs.enumOf(Measure.Kind.class, in.kind(), field + ".kind",
                violations);
        Direction direction = in.direction() == null ? null
                : Inputs.enumOf(Direction.class, in.direction(), field + ".direction", violations);
        ProgressBasis basis = in.basis() == null ? null
                : Inputs.enumOf(ProgressBasis.class, in.basis(), field + ".basis", violations);
        MeasureDraft.Tiers tiers = in.floor() == null && in.target() == null && in.stretch() == null ? null
                : new MeasureDraft.Tiers(in.floor(), in.target(), in.stretch());
        MeasureDraft.Weights weights = in.toDo() == null && in.inProgress() == null && in.done() == null ? null
                : new MeasureDraft.Weights(in.toDo(), in.inProgress(), in.done());
        List<WorkLink> links = in.links() == null ? null : links(in.links(), field + ".links", violations);
        CheckInValues checkInValues = in.checkInValues() == null ? null
                : Inputs.enumOf(CheckInValues.class, in.checkInValues(), field + ".checkInValues", violations);
        return new MeasureDraft(kind, direction, in.start(), tiers, in.unit(), in.low(), in.high(), in.description(),
                basis, weights, in.numericFieldId(), links, checkInValues);
    }

    /** Links as core values; an entry that names not exactly one of epic, issue, jql is reported. */
    static List<WorkLink> links(List<GoalInput.LinkInput> inputs, String field, List<Violation> violations) {
        List<WorkLink> links = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            GoalInput.LinkInput in = inputs.get(i);
            int given = in == null ? 0 : (in.epic() != null ? 1 : 0) + (in.issue() != null ? 1 : 0)
                    + (in.jql() != null ? 1 : 0);
            if (given != 1) {
                violations.add(Violation.of(ViolationCode.LINK_REQUIRED, field + "[" + i + "]"));
                links.add(null);
            } else if (in.epic() != null) {
                links.add(new WorkLink.Epic(in.epic()));
            } else if (in.issue() != null) {
                links.add(new WorkLink.Issue(in.issue()));
            } else {
                links.add(new WorkLink.Jql(in.jql()));
            }
        }
        return links;
    }

    /** The links of an issue measure the person may not link ({@link #unlinkable(String, List, List, String)}). */
    private List<Violation> unlinkable(String userKey, Measure measure, List<WorkLink> already, String field) {
        return measure instanceof IssueMeasure issues ? unlinkable(userKey, issues.links(), already, field)
                : List.of();
    }

    /**
     * Links, already well-formed, that the person linking may not link, checked as that person
     * ({@link WorkCatalog#linkableBy}): an epic or issue that does not exist or that they may not browse is the same
     * {@code epic.unknown}; a JQL query that does not parse or validate for them is {@code link.jql-invalid}, one
     * that covers issues they may not browse {@code link.jql-hidden-issues}. Links the key result already has were
     * checked when they were added, by whoever added them, and are not asked again.
     */
    private List<Violation> unlinkable(String userKey, List<WorkLink> links, List<WorkLink> already, String field) {
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            WorkLink link = links.get(i);
            if (already.contains(link)) {
                continue;
            }
            String entry = field + "[" + i + "]";
            switch (catalog.linkableBy(userKey, link)) {
                case UNKNOWN -> refused.add(Violation.of(ViolationCode.EPIC_UNKNOWN, entry, link.text()));
                case JQL_INVALID -> refused.add(Violation.of(ViolationCode.LINK_JQL_INVALID, entry));
                case JQL_HIDDEN_ISSUES -> refused.add(Violation.of(ViolationCode.LINK_JQL_HIDDEN_ISSUES, entry));
                case YES -> {
                }
            }
        }
        return refused;
    }

    /** The links a key result has now, which a change may keep without asking again. */
    private static List<WorkLink> linksOf(KeyResult keyResult) {
        return keyResult.measure() instanceof IssueMeasure issues ? issues.links() : List.of();
    }

    /** The objective as it would be stored, with stand-in ids, for the whole-goal rules. */
    private static Objective provisional(ObjectiveFields fields, List<NewKeyResult> keyResults) {
        List<KeyResult> list = new ArrayList<>();
        for (int i = 0; i < keyResults.size(); i++) {
            KeyResultFields k = keyResults.get(i).fields();
            list.add(new KeyResult(new KeyResultId(i + 1L), k.title(), k.weight(), k.measure(),
                    keyResults.get(i).measured().progress(), null));
        }
        return new Objective(new ObjectiveId(Long.MAX_VALUE), fields.title(), fields.description(), fields.owner(),
                fields.levelKey(), fields.period(), fields.unit(), fields.type(), fields.lifecycle(),
                fields.visibility(), fields.rollsUpFromChildren(), list, fields.details());
    }


    /**
     * The filter as a query whose page is the filter's offset and limit (defaults applied), or INVALID naming the
     * fields: how {@link #find} reads a filter, shared with {@link KeyResultQueryService} so that both lists read
     * the same texts the same way.
     */
    static Outcome<GoalQuery> query(GoalFilter filter) {
        List<Violation> violations = new ArrayList<>();
        int offset = filter.offset() == null ? 0 : filter.offset();
        int limit = filter.limit() == null ? DEFAULT_LIMIT : filter.limit();
        if (offset < 0) {
            violations.add(Violation.of(ViolationCode.PAGING_INVALID, "offset", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        if (limit < 1 || limit > GoalQuery.MAX_LIMIT) {
            violations.add(Violation.of(ViolationCode.PAGING_INVALID, "limit", String.valueOf(GoalQuery.MAX_LIMIT)));
        }
        GoalQuery query = GoalQuery.all();
        if (filter.period() != null) {
            Optional<Period> period = PeriodText.parse(filter.period());
            if (period.isEmpty()) {
                violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period", Inputs.shorten(filter.period())));
            } else {
                query = query.withPeriodOverlapping(period.get().start(), period.get().end());
            }
        }
        if (filter.status() != null) {
            Lifecycle state = Inputs.enumOf(Lifecycle.class, filter.status(), "status", violations);
            query = query.withLifecycle(state);
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return Outcome.success(query.withLevel(blankToNull(filter.level())).withProject(blankToNull(filter.project()))
                .withOwner(blankToNull(filter.owner())).withPage(offset, limit));
    }

    /** An entered text cut to a length a message can show. */

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
