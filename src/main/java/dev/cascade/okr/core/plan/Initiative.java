package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A key initiative (关键举措) of a goal, usually carried by a Jira epic; its tasks do the work.
 *
 * <p>Invariants: those of {@link PlanItem}; the epic key, when given, has the form {@code ABC-123}. Use
 * {@link ActionPlanPolicy} to turn a person's {@link InitiativeDraft} into one.
 *
 * @param id the id
 * @param objective the goal it serves
 * @param title what is done
 * @param description how it is done, or {@code null}
 * @param owner who drives it
 * @param start the first day
 * @param due the last day (inclusive)
 * @param resources budget and people
 * @param raci responsibility
 * @param dependencies the items it waits for (duplicates are dropped)
 * @param risk the risk, or {@code null}
 * @param status how far it has got
 * @param epicKey the Jira epic, or {@code null}
 */
public record Initiative(InitiativeId id, ObjectiveId objective, String title, String description, UserRef owner,
        LocalDate start, LocalDate due, Resources resources, Raci raci, List<PlanItemId> dependencies, Risk risk,
        PlanItemStatus status, String epicKey) implements PlanItem {

    /** Checks the invariants. */
    public Initiative {
        Objects.requireNonNull(objective, "objective");
        dependencies = PlanItems.checkCommon(id, title, description, owner, start, due, resources, raci,
                dependencies, status, epicKey);
    }

    @Override
    public String jiraKey() {
        return epicKey;
    }
}
