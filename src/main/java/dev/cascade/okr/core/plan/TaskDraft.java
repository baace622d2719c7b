package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as a person submits it, before validation; any field may be missing ({@code null}).
 *
 * @param initiative the initiative it belongs to
 * @param title what is done
 * @param description how it is done
 * @param owner who drives it
 * @param start the first day
 * @param due the last day (inclusive)
 * @param resources budget and people; {@code null} means none
 * @param raci responsibility (never {@code null}; {@code null} entries are kept so that validation names them)
 * @param dependencies the items it waits for (never {@code null}; entries kept as given)
 * @param risk the risk; {@code null} means none
 * @param status how far it has got; {@code null} means {@link PlanItemStatus#NOT_STARTED}
 * @param issueKey the Jira issue, such as {@code ABC-123}; blank means none
 * @param percentComplete whole per-cent done, 0 to 100; {@code null} means not stated
 * @param progressNote what has been done so far; {@code null} or blank means none
 */
public record TaskDraft(InitiativeId initiative, String title, String description, UserRef owner, LocalDate start,
        LocalDate due, ResourcesDraft resources, List<RaciAssignmentDraft> raci, List<PlanItemId> dependencies,
        RiskDraft risk, PlanItemStatus status, String issueKey, Integer percentComplete, String progressNote) {

    /** A draft that states no progress. */
    public TaskDraft(InitiativeId initiative, String title, String description, UserRef owner, LocalDate start,
            LocalDate due, ResourcesDraft resources, List<RaciAssignmentDraft> raci, List<PlanItemId> dependencies,
            RiskDraft risk, PlanItemStatus status, String issueKey) {
        this(initiative, title, description, owner, start, due, resources, raci, dependencies, risk, status,
                issueKey, null, null);
    }

    /** Copies the lists so that the draft cannot change afterwards. */
    public TaskDraft {
        raci = Drafts.copy(raci);
        dependencies = Drafts.copy(dependencies);
    }
}
