package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * A task (具体任务) of an initiative, usually carried by a Jira issue.
 *
 * <p>Invariants: those of {@link PlanItem}; it belongs to exactly one initiative; the issue key, when given, has the
 * form {@code ABC-123}. Its resources are optional ({@link Resources#NONE}). Use {@link ActionPlanPolicy} to turn a
 * person's {@link TaskDraft} into one.
 *
 * @param id the id
 * @param initiative the initiative it belongs to
 * @param title what is done
 * @param description how it is done, or {@code null}
 * @param owner who drives it
 * @param start the first day
 * @param due the last day (inclusive)
 * @param resources budget and people, often {@link Resources#NONE}
 * @param raci responsibility
 * @param dependencies the items it waits for (duplicates are dropped)
 * @param risk the risk, or {@code null}
 * @param status how far it has got
 * @param issueKey the Jira issue, or {@code null}
 * @param progress percent complete, progress note and the day they last changed ({@link TaskProgress#NONE} when none)
 */
public record Task(TaskId id, InitiativeId initiative, String title, String description, UserRef owner,
        LocalDate start, LocalDate due, Resources resources, Raci raci, List<PlanItemId> dependencies, Risk risk,
        PlanItemStatus status, String issueKey, TaskProgress progress) implements PlanItem {

    /** Checks the invariants. */
    public Task {
        Require.present("initiative", initiative, "progress", progress);
        dependencies = PlanItems.checkCommon(id, title, description, owner, start, due, resources, raci,
                dependencies, status, issueKey);
    }

    /** A task whose owner stated no progress yet. */
    public Task(TaskId id, InitiativeId initiative, String title, String description, UserRef owner, LocalDate start,
            LocalDate due, Resources resources, Raci raci, List<PlanItemId> dependencies, Risk risk,
            PlanItemStatus status, String issueKey) {
        this(id, initiative, title, description, owner, start, due, resources, raci, dependencies, risk, status,
                issueKey, TaskProgress.NONE);
    }

    @Override
    public String jiraKey() {
        return issueKey;
    }
}
