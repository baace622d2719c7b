package dev.cascade.okr.service.page;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.CascadeService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read model of the Goals page's cascade tree: a project's cascade for a period
 * ({@link CascadeService#cascade}, the same trees and rolled-up progress as {@code GET /cascade}), each goal with its
 * status by pace, the first levels with the page and the rest on expand ({@link #children}), optionally filtered by
 * level, owner and status.
 *
 * <p>A goal's status is core's status by pace ({@link TrackingPolicy#statusByPace}): its rolled-up progress against
 * the share of its period that has passed, with the configured thresholds. A goal the caller may not see is absent
 * with everything below it, as in every tree.
 */
@JiraComponent
public final class CascadePageService {

    /** Alignment levels below the roots that come with the page (the roots, their children and grandchildren). */
    public static final int PAGE_DEPTH = 1;
    /** The most levels below its goal a dashboard item shows ({@link #subtree}). */
    public static final int MAX_SUBTREE_DEPTH = 5;

    private final CascadeService cascades;
    private final SettingsStore settings;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public CascadePageService(CascadeService cascades, SettingsStore settings) {
        this(cascades, settings, Clock.systemUTC());
    }

    /** Creates the service with a clock (tests). */
    public CascadePageService(CascadeService cascades, SettingsStore settings, Clock clock) {
        this.cascades = cascades;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the tree is asked for.
     *
     * @param project the project key
     * @param period the period text ({@code 2026}, {@code 2026-Q4}); blank for the current year
     * @param level a level key to keep, or blank
     * @param owner a user key to keep, or blank
     * @param status a status wire code to keep ({@code on-track}, {@code at-risk}, {@code off-track},
     *     {@code no-data}), or blank
     */
    public record CascadeRequest(String project, String period, String level, String owner, String status) {

        /** Whether any filter is set (then the whole depth is loaded, and the tree shows matches and their path). */
        public boolean filtered() {
            return !blank(level) || !blank(owner) || !blank(status);
        }
    }

    /**
     * One goal of the tree.
     *
     * @param tree the goal with its rolled-up progress and contribution to its parent
     * @param status its status by pace
     * @param children the goals below it that were loaded
     * @param more whether it has goals below that were not loaded (they load on expand)
     * @param match whether it matches the filters (always, without filters); a goal that does not is shown only as
     *     the path to one that does
     */
    public record Node(GoalTree tree, TrackingStatus status, List<Node> children, boolean more, boolean match) {

        /** Copies the children. */
        public Node {
            children = List.copyOf(children);
        }

        /** The goal's id. */
        public long id() {
            return tree.goal().objective().id().value();
        }
    }

    /**
     * The tree of a period.
     *
     * @param period the period shown
     * @param periodText its text ({@code 2026})
     * @param roots the project's root goals of the period the caller may see
     * @param filtered whether filters were applied
     * @param levels the configured levels, for their names and the level filter
     */
    public record CascadePage(Period period, String periodText, List<Node> roots, boolean filtered,
            LevelScheme levels) {

        /** Copies the roots. */
        public CascadePage {
            roots = List.copyOf(roots);
        }
    }

    /** The page's tree: the first {@value #PAGE_DEPTH} levels below each root, or every level when filtered. */
    public Outcome<CascadePage> cascade(Caller caller, CascadeRequest request) {
        String periodText = blank(request.period()) ? Integer.toString(today().getYear()) : request.period().trim();
        List<Violation> bad = new ArrayList<>();
        Optional<Period> period = PeriodText.parse(periodText, "period", bad);
        Optional<TrackingStatus> status = statusOf(request.status(), bad);
        if (!bad.isEmpty()) {
            return Outcome.failure(Failure.INVALID, bad);
        }
        Outcome<List<GoalTree>> trees = cascades.cascade(caller, request.project(), periodText);
        if (!trees.isSuccess()) {
            return trees.failed();
        }
        TrackingPolicy policy = policy();
        LocalDate today = today();
        Filter filter = new Filter(trim(request.level()), trim(request.owner()), status.orElse(null));
        int depth = request.filtered() ? Integer.MAX_VALUE : PAGE_DEPTH;
        List<Node> roots = new ArrayList<>();
        for (GoalTree tree : trees.value()) {
            node(tree, depth, policy, today, filter).ifPresent(roots::add);
        }
        return Outcome.success(new CascadePage(period.get(), periodText, roots, request.filtered(),
                settings.levelScheme().value()));
    }

    /**
     * The goals below one goal the caller may see, for an expand: {@code depth} levels of them (at least 0: only the
     * children), each saying whether more lies below. The same rolled-up progress as the page.
     */
    public Outcome<List<Node>> children(Caller caller, long goalId, int depth) {
        if (goalId <= 0) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id",
                    Long.toString(goalId)));
        }
        int levels = Math.max(0, Math.min(depth, CascadeService.MAX_TREE_DEPTH - 2));
        Outcome<GoalTree> tree = cascades.tree(caller, new ObjectiveId(goalId), levels + 2);
        if (!tree.isSuccess()) {
            return tree.failed();
        }
        TrackingPolicy policy = policy();
        LocalDate today = today();
        Filter none = new Filter(null, null, null);
        return Outcome.success(tree.value().children().stream()
                .map(child -> node(child, levels, policy, today, none).orElseThrow()).toList());
    }

    /**
     * One goal as the tree places it, for a row refreshed in place: below the goal {@code parentId} (a child of it,
     * with that alignment's contribution) or, when {@code parentId} is 0, as a root; no levels below it, saying whether
     * more lies below. 404 {@code objective.not-found} when the caller may not see the goal or the parent, or the goal
     * is not below the parent, the same as when it does not exist.
     */
    public Outcome<Node> placed(Caller caller, long parentId, long goalId) {
        if (parentId > 0) {
            Outcome<List<Node>> children = children(caller, parentId, 0);
            Optional<Node> child = children.isSuccess() ? children.value().stream()
                    .filter(node -> node.id() == goalId).findFirst() : Optional.empty();
            return child.map(Outcome::success).orElseGet(() -> Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", Long.toString(goalId))));
        }
        Outcome<GoalTree> tree = goalId <= 0 ? Outcome.failure(Failure.NOT_FOUND, Violation.of(
                ViolationCode.OBJECTIVE_NOT_FOUND, "id", Long.toString(goalId)))
                : cascades.tree(caller, new ObjectiveId(goalId), 2);
        if (!tree.isSuccess()) {
            return tree.failed();
        }
        return Outcome.success(node(tree.value(), 0, policy(), today(), new Filter(null, null, null)).orElseThrow());
    }

    /**
     * A goal the caller may see with {@code depth} levels of goals below it (1 to {@value #MAX_SUBTREE_DEPTH}), for a
     * dashboard item: below it only the goals whose period overlaps {@code period} (every goal when it is
     * {@code null}), each with the same rolled-up progress and status by pace as the page. A goal the caller may not
     * see is left out with everything below it; when the caller may not see the goal itself the answer is 404
     * {@code objective.not-found} at {@code goal}, the same as when it does not exist.
     */
    public Outcome<Node> subtree(Caller caller, long goalId, int depth, Period period) {
        if (depth < 1 || depth > MAX_SUBTREE_DEPTH) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.DEPTH_INVALID, "depth", "1",
                    Integer.toString(MAX_SUBTREE_DEPTH)));
        }
        Outcome<GoalTree> tree = goalId <= 0 ? Outcome.failure(Failure.NOT_FOUND, Violation.of(
                ViolationCode.OBJECTIVE_NOT_FOUND, "goal", Long.toString(goalId)))
                : cascades.tree(caller, new ObjectiveId(goalId), depth);
        if (!tree.isSuccess()) {
            return tree.violations().stream().anyMatch(v -> v.code() == ViolationCode.OBJECTIVE_NOT_FOUND)
                    ? Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "goal",
                            Long.toString(goalId)))
                    : tree.failed();
        }
        return Outcome.success(within(tree.value(), depth, period, policy(), today()));
    }

    /** The node of a tree with {@code depth} levels below it, keeping below it only goals of {@code period}. */
    private Node within(GoalTree tree, int depth, Period period, TrackingPolicy policy, LocalDate today) {
        TrackingStatus status = policy.statusByPace(tree.goal().objective().period(), tree.progress(), today);
        List<GoalTree> below = tree.children().stream()
                .filter(child -> period == null || overlaps(child.goal().objective().period(), period)).toList();
        List<Node> children = new ArrayList<>();
        if (depth > 0) {
            for (GoalTree child : below) {
                children.add(within(child, depth - 1, period, policy, today));
            }
        }
        return new Node(tree, status, children, depth <= 0 && !below.isEmpty(), true);
    }

    private static boolean overlaps(Period one, Period other) {
        return !one.end().isBefore(other.start()) && !other.end().isBefore(one.start());
    }

    /** The node of a tree with {@code depth} levels below it; empty when neither it nor a goal below matches. */
    private Optional<Node> node(GoalTree tree, int depth, TrackingPolicy policy, LocalDate today, Filter filter) {
        TrackingStatus status = policy.statusByPace(tree.goal().objective().period(), tree.progress(), today);
        boolean match = filter.matches(tree, status);
        List<Node> children = new ArrayList<>();
        if (depth > 0) {
            for (GoalTree child : tree.children()) {
                node(child, depth - 1, policy, today, filter).ifPresent(children::add);
            }
        }
        if (!match && children.isEmpty()) {
            return Optional.empty();
        }
        boolean more = depth <= 0 && !tree.children().isEmpty();
        return Optional.of(new Node(tree, status, children, more, match));
    }

    private TrackingPolicy policy() {
        return new TrackingPolicy(settings.trackingThresholds().value());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<TrackingStatus> statusOf(String text, List<Violation> bad) {
        if (blank(text)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Inputs.enumOf(TrackingStatus.class, text.trim(), "status", bad));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.trim();
    }

    /** The filters; a null part keeps every goal. */
    private record Filter(String level, String owner, TrackingStatus status) {

        boolean matches(GoalTree tree, TrackingStatus goalStatus) {
            return (level == null || level.equals(tree.goal().objective().levelKey()))
                    && (owner == null || owner.equals(tree.goal().objective().owner().key()))
                    && (status == null || status == goalStatus);
        }
    }
}
