package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading cascades: the tree below one goal and the cascade of a project for a period, both rolled up by core over
 * the whole cascade below each root and cached cluster-wide ({@link GoalTrees}), so both answer the same progress for
 * the same goal. Goals the caller may not see are left out together with everything below them.
 */
@JiraComponent
public final class CascadeService {

    /** The deepest tree a caller may ask for, in alignment levels below the root. */
    public static final int MAX_TREE_DEPTH = GoalTrees.MAX_DEPTH;

    private final AlignmentStore alignments;
    private final WorkCatalog catalog;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;

    /** Creates the service. */
    @Inject
    public CascadeService(AlignmentStore alignments, WorkCatalog catalog, GoalAccess goalAccess,
            GoalTrees trees) {
        this.alignments = alignments;
        this.catalog = catalog;
        this.goalAccess = goalAccess;
        this.trees = trees;
    }

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
        AccessFacts facts = goalAccess.users().factsOf(user.get());
        if (goalAccess.visible(facts, root).isEmpty()) {
            return GoalAccess.goalNotFound(root);
        }
        return Outcome.success(trees.below(root).tree(root, levels, goalAccess.seenBy(facts)));
    }

    /**
     * The cascade of a project for a period: one tree per project goal of the period that supports no other project
     * goal of it, with the whole cascade aligned below (goals of other units and their children included), each tree
     * the one {@link #tree} answers for its root, so progress is the same in both. Goals the caller may not see are
     * left out with their subtrees. The project must exist and be browsable by the caller, else INVALID
     * {@code project.unknown} at {@code project}, the same for both.
     */
    public Outcome<List<GoalTree>> cascade(Caller caller, String projectKey, String periodText) {
        Outcome<AccessFacts> signedIn = GoalWrites.signedIn(goalAccess.users(), caller);
        if (!signedIn.isSuccess()) {
            return signedIn.failed();
        }
        AccessFacts facts = signedIn.value();
        String key = GoalInputReader.blankToNull(projectKey);
        if (key == null || key.length() > GoalInputReader.MAX_KEY || !catalog.projectExists(key.trim())
                || !facts.canBrowseProject(key.trim())) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PROJECT_UNKNOWN, "project",
                    key == null ? "" : Inputs.shorten(key)));
        }
        List<Violation> badPeriod = new ArrayList<>();
        Optional<Period> period = PeriodText.parse(periodText, "period", badPeriod);
        if (period.isEmpty()) {
            return Outcome.failure(Failure.INVALID, badPeriod);
        }
        // The roots come from the store without reading the goals whole; each root's tree is the cached, complete
        // cascade below it: the same roll-up as GET /goals/{id}/tree, with every goal below (not only the project's),
        // so both answer the same progress for the same goal.
        List<GoalTree> cascade = new ArrayList<>();
        for (ObjectiveId root : alignments.cascadeRootsOfProject(key.trim(), period.get())) {
            RolledCascade below = trees.below(root);
            if (below.contains(root) && goalAccess.sees(facts, below.root(root).goal().objective())) {
                cascade.add(below.tree(root, MAX_TREE_DEPTH, goalAccess.seenBy(facts)));
            }
        }
        return Outcome.success(cascade);
    }
}
