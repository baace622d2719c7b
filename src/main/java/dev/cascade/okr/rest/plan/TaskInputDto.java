package dev.cascade.okr.rest.plan;

import java.util.List;

/**
 * The body of {@code POST …/initiatives/{initiativeId}/tasks} and {@code PUT …/tasks/{taskId}}: a task as it should be.
 * Every property is optional here; core says what is required.
 *
 * @param version on an update, the version the change is based on; ignored on a create
 * @param title required, at most 255 characters
 * @param description optional, at most 4000 characters
 * @param owner the owner's user key
 * @param start the first day, {@code YYYY-MM-DD}, inside the goal's period
 * @param due the last day, inside the goal's period
 * @param resources optional budget (with currency), people and roles
 * @param raci one accountable person, at least one responsible
 * @param dependencies the items it waits for, {@code {"initiative":3}} or {@code {"task":5}}
 * @param risk optional {@code {description, contingency, level}}
 * @param status not-started (default), in-progress or done
 * @param issueKey the Jira issue it is tracked by, optional
 * @param percentComplete whole per-cent done, 0 to 100, optional
 * @param progressNote what has been done so far, optional, at most 4000 characters
 */
public record TaskInputDto(Long version, String title, String description, String owner, String start, String due,
        ActionPlanDto.ResourcesDto resources, List<ActionPlanDto.RaciDto> raci,
        List<ActionPlanDto.ItemRefDto> dependencies, ActionPlanDto.RiskDto risk, String status, String issueKey,
        Integer percentComplete, String progressNote) implements PlanItemInputDto {

    /** The Jira key the item is linked to. */
    @Override
    public String jiraKey() {
        return issueKey;
    }
}
