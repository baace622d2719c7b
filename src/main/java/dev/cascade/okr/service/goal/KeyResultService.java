package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.GoalPolicy;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing a goal's key results: add, change, delete, and replace the links of an issue-driven one. Checks in the
 * order of {@link GoalService}: signed in, the goal visible, changeable and open, the input, then the goal as it would
 * be afterwards against the rules of its state ({@link GoalPolicy#check}), then the store write, which refuses stale
 * versions. A written issue-driven key result is measured from Jira at once.
 */
@JiraComponent
public final class KeyResultService {

    private final KeyResultStore keyResults;
    private final GoalAccess goalAccess;
    private final SettingsStore settings;
    private final GoalTrees trees;
    private final KeyResultMeasuring measuring;
    private final KeyResultInputReader reader;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public KeyResultService(KeyResultStore keyResults, WorkCatalog catalog, GoalAccess goalAccess,
            SettingsStore settings, GoalTrees trees, KeyResultMeasuring measuring) {
        this(keyResults, catalog, goalAccess, settings, trees, measuring, Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public KeyResultService(KeyResultStore keyResults, WorkCatalog catalog, GoalAccess goalAccess,
            SettingsStore settings, GoalTrees trees, KeyResultMeasuring measuring, Clock clock) {
        this.keyResults = keyResults;
        this.goalAccess = goalAccess;
        this.settings = settings;
        this.trees = trees;
        this.measuring = measuring;
        this.reader = new KeyResultInputReader(catalog, settings);
        this.clock = clock;
    }

    /**
     * Adds a key result after the goal's last one. The goal as it would be afterwards must meet the rules of its
     * state ({@link GoalPolicy#check}: a confirmed goal's weights still sum to 100%).
     */
    public Outcome<StoredKeyResult> addKeyResult(Caller caller, ObjectiveId id, GoalInput.KeyResultInput input) {
        Outcome<GoalAccess.Changeable> changeable = GoalWrites.changeableOpen(goalAccess, caller, id);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        AccessFacts facts = changeable.value().facts();
        StoredObjective found = changeable.value().goal();
        List<Violation> violations = new ArrayList<>();
        NewKeyResult keyResult = reader.keyResult(input, "", violations, facts.user().key(), List.of());
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
        StoreWrite<StoredKeyResult> written = keyResults.addKeyResult(id, keyResult, clock.instant());
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
        Outcome<GoalAccess.ChangeableKeyResult> owned = goalAccess.changeableOpenKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return owned.failed();
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        NewKeyResult keyResult = reader.keyResult(input, "", violations, caller.userKey().orElseThrow(),
                KeyResultInputReader.linksOf(owned.value().keyResult().keyResult()));
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
        Outcome<StoredKeyResult> written = GoalWrites.keyResultWritten(trees, id,
                keyResults.updateKeyResult(id, version, fields));
        if (written.isSuccess() && !(fields.measure() instanceof IssueMeasure)) {
            // A new target or a new reading of check-ins (running totals or amounts per period) moves progress now.
            measuring.fromCheckIns(written.value());
            return Outcome.success(keyResults.keyResult(id).orElse(written.value()));
        }
        return measured(written);
    }

    /** Deletes a key result if it is still at {@code version}; the goal without it must meet its state's rules. */
    public Outcome<StoredKeyResult> deleteKeyResult(Caller caller, KeyResultId id, Long version) {
        Outcome<GoalAccess.ChangeableKeyResult> owned = goalAccess.changeableOpenKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return owned.failed();
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
        return GoalWrites.keyResultWritten(trees, id, keyResults.deleteKeyResult(id, version));
    }

    /**
     * Replaces the links of an issue-driven key result if it is still at {@code version}: well-formed by
     * {@link WorkLink#check}, and every new link one the caller may link ({@link WorkCatalog#linkableBy}).
     */
    public Outcome<StoredKeyResult> setLinks(Caller caller, KeyResultId id, Long version,
            List<GoalInput.LinkInput> input) {
        Outcome<GoalAccess.ChangeableKeyResult> owned = goalAccess.changeableOpenKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return owned.failed();
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        if (!(owned.value().keyResult().keyResult().measure() instanceof IssueMeasure)) {
            violations.add(Violation.of(ViolationCode.KEY_RESULT_NOT_ISSUE_DRIVEN, "links"));
        }
        List<WorkLink> links = input == null ? null : KeyResultInputReader.links(input, "links", violations);
        if (violations.isEmpty()) {
            violations.addAll(WorkLink.check(links, "links"));
        }
        if (violations.isEmpty()) {
            violations.addAll(reader.unlinkable(caller.userKey().orElseThrow(), links,
                    KeyResultInputReader.linksOf(owned.value().keyResult().keyResult()), "links"));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return measured(GoalWrites.keyResultWritten(trees, id, keyResults.setLinks(id, version, links)));
    }

    /**
     * Adds one link to an issue-driven key result, keeping the ones it has (issue 13: "link to a key result" from an
     * issue's view): the same checks as {@link #setLinks} in the same order — signed in (401), the key result named
     * ({@code keyResult.required} at {@code keyResult}), visible (404), changeable (403), open (409), then the version,
     * issue-driven, the link well-formed (at {@code link}), not already linked ({@code link.duplicate} at
     * {@code link}), not beyond the most links, linkable by the caller ({@code epic.unknown}...) — then the store
     * write of all links, which refuses a stale version with the current key result (409).
     *
     * @param id the key result, or {@code null} when the request named none
     */
    public Outcome<StoredKeyResult> addLink(Caller caller, KeyResultId id, Long version, GoalInput.LinkInput input) {
        if (caller.userKey().isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        if (id == null) {
            List<Violation> violations = new ArrayList<>();
            violations.add(Violation.of(ViolationCode.KEY_RESULT_REQUIRED, "keyResult"));
            violations.addAll(GoalWrites.versionChecked(version));
            return Outcome.failure(Failure.INVALID, violations);
        }
        Outcome<GoalAccess.ChangeableKeyResult> owned = goalAccess.changeableOpenKeyResult(caller, id);
        if (!owned.isSuccess()) {
            return owned.failed();
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        KeyResult keyResult = owned.value().keyResult().keyResult();
        if (!(keyResult.measure() instanceof IssueMeasure)) {
            violations.add(Violation.of(ViolationCode.KEY_RESULT_NOT_ISSUE_DRIVEN, "link"));
            return Outcome.failure(Failure.INVALID, violations);
        }
        WorkLink link = input == null ? null : KeyResultInputReader.link(input, "link", violations);
        if (input == null) {
            violations.add(Violation.of(ViolationCode.LINK_REQUIRED, "link"));
        }
        List<WorkLink> current = KeyResultInputReader.linksOf(keyResult);
        if (link != null) {
            violations.addAll(WorkLink.check(List.of(link), "link").stream().map(v -> atLink(v)).toList());
        }
        if (violations.isEmpty()) {
            for (int i = 0; i < current.size(); i++) {
                WorkLink existing = current.get(i);
                if (existing.kind() == link.kind() && existing.text().strip().equals(link.text().strip())) {
                    violations.add(Violation.of(ViolationCode.LINK_DUPLICATE, "link", link.text().strip(),
                            String.valueOf(i + 1)));
                }
            }
        }
        if (violations.isEmpty() && current.size() >= WorkLink.MAX_LINKS) {
            violations.add(Violation.of(ViolationCode.LINKS_TOO_MANY, "link", String.valueOf(WorkLink.MAX_LINKS)));
        }
        if (violations.isEmpty()) {
            violations.addAll(reader.unlinkable(caller.userKey().orElseThrow(), List.of(link), current, "link")
                    .stream().map(v -> atLink(v)).toList());
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        List<WorkLink> links = new ArrayList<>(current);
        links.add(link);
        return measured(GoalWrites.keyResultWritten(trees, id, keyResults.setLinks(id, version, links)));
    }

    /** A violation about the single link of {@link #addLink}, named {@code link} rather than {@code link[0]}. */
    private static Violation atLink(Violation violation) {
        return "link[0]".equals(violation.field())
                ? new Violation(violation.code(), "link", violation.args(), violation.severity()) : violation;
    }

    /** A written key result measured from Jira and back-filled when it is issue-driven, read again after that. */
    private Outcome<StoredKeyResult> measured(Outcome<StoredKeyResult> written) {
        if (!written.isSuccess() || !measuring.fromJira(List.of(written.value()), clock.instant())) {
            return written;
        }
        return Outcome.success(keyResults.keyResult(written.value().id()).orElse(written.value()));
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
}
