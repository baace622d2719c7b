package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.ObjectiveId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The action plan of one goal (行动计划): its key initiatives and their tasks, in the order they were added.
 *
 * <p>Invariants: every initiative serves {@code objective}; ids are unique; every task belongs to an initiative of
 * the plan; every dependency names an item of the plan; and nothing waits for itself, directly or through others
 * (an initiative also waits for its own tasks). {@link ActionPlanPolicy} is how a person's changes get in.
 *
 * @param objective the goal the plan serves
 * @param initiatives its initiatives
 * @param tasks the tasks of those initiatives
 */
public record ActionPlan(ObjectiveId objective, List<Initiative> initiatives, List<Task> tasks) {

    /**
     * How items that could be finished at the same time are ordered: earlier due day first, then earlier start, then
     * tasks before initiatives (an initiative ends with its tasks), then by id.
     */
    public static final Comparator<PlanItem> SCHEDULE = Comparator.comparing(PlanItem::due)
            .thenComparing(PlanItem::start)
            .thenComparing(item -> item instanceof Initiative)
            .thenComparingLong(item -> item.id().value());

    /** Copies the lists and checks the invariants. */
    public ActionPlan {
        Objects.requireNonNull(objective, "objective");
        initiatives = List.copyOf(initiatives);
        tasks = List.copyOf(tasks);
        Set<PlanItemId> ids = new HashSet<>();
        for (Initiative initiative : initiatives) {
            if (!initiative.objective().equals(objective)) {
                throw new IllegalArgumentException(initiative.id().ref() + " serves " + initiative.objective()
                        + ", not " + objective);
            }
            if (!ids.add(initiative.id())) {
                throw new IllegalArgumentException("duplicate " + initiative.id().ref());
            }
        }
        for (Task task : tasks) {
            if (!ids.contains(task.initiative())) {
                throw new IllegalArgumentException(task.id().ref() + " belongs to " + task.initiative().ref()
                        + ", which is not in the plan");
            }
            if (!ids.add(task.id())) {
                throw new IllegalArgumentException("duplicate " + task.id().ref());
            }
        }
        List<PlanItem> all = new ArrayList<>(initiatives);
        all.addAll(tasks);
        for (PlanItem item : all) {
            for (PlanItemId dependency : item.dependencies()) {
                if (!ids.contains(dependency)) {
                    throw new IllegalArgumentException(item.id().ref() + " depends on " + dependency.ref()
                            + ", which is not in the plan");
                }
            }
        }
        if (new DependencyGraph(all).order(SCHEDULE).size() != all.size()) {
            throw new IllegalArgumentException("the dependencies of the plan of " + objective + " form a cycle");
        }
    }

    /** A plan with nothing in it yet. */
    public static ActionPlan empty(ObjectiveId objective) {
        return new ActionPlan(objective, List.of(), List.of());
    }

    /** The initiatives, then the tasks. */
    public List<PlanItem> items() {
        List<PlanItem> all = new ArrayList<>(initiatives);
        all.addAll(tasks);
        return List.copyOf(all);
    }

    /** The item with that id, if it is in the plan. */
    public Optional<PlanItem> item(PlanItemId id) {
        return id instanceof InitiativeId initiativeId ? initiative(initiativeId).<PlanItem>map(i -> i)
                : task((TaskId) id).<PlanItem>map(t -> t);
    }

    /** The initiative with that id, if it is in the plan. */
    public Optional<Initiative> initiative(InitiativeId id) {
        return initiatives.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The task with that id, if it is in the plan. */
    public Optional<Task> task(TaskId id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tasks of the initiative, in plan order. */
    public List<Task> tasksOf(InitiativeId id) {
        return tasks.stream().filter(t -> t.initiative().equals(id)).toList();
    }

    /** The items that name {@code id} among their dependencies, in plan order. */
    public List<PlanItem> dependentsOf(PlanItemId id) {
        return items().stream().filter(item -> item.dependencies().contains(id)).toList();
    }

    /**
     * Every item after everything it waits for: its dependencies and, for an initiative, its own tasks. Items free
     * at the same time are ordered by {@link #SCHEDULE}, so the result is the same on every call.
     */
    public List<PlanItem> criticalOrder() {
        return new DependencyGraph(items()).order(SCHEDULE);
    }

    /** The items past their due day on {@code today} and not done, ordered by {@link #SCHEDULE}. */
    public List<PlanItem> overdue(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return items().stream().filter(item -> item.isOverdueOn(today)).sorted(SCHEDULE).toList();
    }

    /** This plan with the item added, or replacing the item with its id in place. */
    ActionPlan with(PlanItem item) {
        if (item instanceof Initiative initiative) {
            return new ActionPlan(objective, replaced(initiatives, initiative), tasks);
        }
        return new ActionPlan(objective, initiatives, replaced(tasks, (Task) item));
    }

    /** This plan without the items. */
    ActionPlan without(Set<PlanItemId> ids) {
        return new ActionPlan(objective, initiatives.stream().filter(i -> !ids.contains(i.id())).toList(),
                tasks.stream().filter(t -> !ids.contains(t.id())).toList());
    }

    private static <T extends PlanItem> List<T> replaced(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(item.id())) {
                copy.set(i, item);
                return copy;
            }
        }
        copy.add(item);
        return copy;
    }
}
