package dev.cascade.okr.service;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.KeyResultDraft;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraft;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.HostAccess;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.ObjectiveDraftPolicy;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.Outcome.Failure;
import java.time.Clock;
import dev.cascade.okr.core.progress.Progress;
import dev.cascade.okr.core.progress.NoDataReason;
import dev.cascade.okr.core.model.KeyResult;
import javax.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creating and reading objectives, with their permission checks. Every entry point (REST, panels, macros) goes
 * through here, so the checks hold whatever the browser did.
 */
@JiraComponent
public final class ObjectiveService {

    private final GoalStore goals;
    private final WorkCatalog catalog;
    private final HostAccess access;
    private final ProgressService progress;
    private final ObjectiveDraftPolicy policy = new ObjectiveDraftPolicy();
    private final GoalTrees trees;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public ObjectiveService(GoalStore goals, WorkCatalog catalog, HostAccess access, ProgressService progress,
            GoalTrees trees) {
        this(goals, catalog, access, progress, trees, Clock.systemUTC());
    }

    ObjectiveService(GoalStore goals, WorkCatalog catalog, HostAccess access, ProgressService progress,
            GoalTrees trees, Clock clock) {
        this.goals = goals;
        this.trees = trees;
        this.catalog = catalog;
        this.access = access;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Creates an objective in a project the caller may browse, with the key results' progress measured right away.
     * Nothing is stored unless every check passes.
     */
    public Outcome<Objective> create(Caller caller, ObjectiveDraft draft) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        List<Violation> violations = policy.check(draft);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        String projectKey = draft.projectKey().trim();
        // An existing project the caller may not browse is reported exactly like a missing one: no existence leak.
        if (!catalog.projectExists(projectKey) || !access.canBrowse(user.get(), projectKey)) {
            return Outcome.failure(Failure.INVALID,
                    Violation.of(ViolationCode.PROJECT_UNKNOWN, "projectKey", projectKey));
        }
        List<Violation> unknownEpics = new ArrayList<>();
        Set<String> epicKeys = new LinkedHashSet<>();
        for (int i = 0; i < draft.keyResults().size(); i++) {
            String epicKey = draft.keyResults().get(i).epicKey();
            if (!catalog.issueExists(epicKey)) {
                unknownEpics.add(Violation.of(ViolationCode.EPIC_UNKNOWN, "keyResults[" + i + "].epicKey", epicKey));
            }
            epicKeys.add(epicKey);
        }
        if (!unknownEpics.isEmpty()) {
            return Outcome.failure(Failure.INVALID, unknownEpics);
        }
        // Stored as "not measured yet", then measured from Jira like any other change: one batched read.
        Map<Integer, Measured> initial = new HashMap<>();
        List<KeyResultDraft> keyResults = draft.keyResults();
        for (int i = 0; i < keyResults.size(); i++) {
            initial.put(i, new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null));
        }
        ObjectiveDraft clean = new ObjectiveDraft(draft.title().trim(), draft.description(), projectKey,
                keyResults.stream()
                        .map(k -> new KeyResultDraft(k.title().trim(), k.epicKey(), k.basisOrDefault()))
                        .toList());
        Objective created = goals.create(clean, initial, user.get(), clock.instant());
        trees.goalsChanged(created.id());
        progress.recompute(created.keyResults().stream().map(KeyResult::id).toList());
        return Outcome.success(goals.objective(created.id()).orElse(created));
    }

    /** The objectives of a project the caller may browse. */
    public Outcome<List<Objective>> objectivesOfProject(Caller caller, String projectKey) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        if (projectKey == null || projectKey.isBlank()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PROJECT_REQUIRED, "project"));
        }
        if (!catalog.projectExists(projectKey) || !access.canBrowse(user.get(), projectKey)) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", projectKey));
        }
        return Outcome.success(goals.objectivesOfProject(projectKey));
    }

    /** One objective, if the caller may see its project. */
    public Outcome<Objective> objective(Caller caller, ObjectiveId id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        Optional<Objective> found = goals.objective(id).filter(o -> o.projectKey().map(key -> access.canBrowse(user.get(), key)).orElse(false));
        return found.map(Outcome::success).orElseGet(() -> Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", String.valueOf(id.value()))));
    }
}
