package dev.cascade.okr.rest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.service.PlanItemInput;
import java.util.List;

/**
 * The body of {@code POST …/initiatives/{initiativeId}/tasks} and {@code PUT …/tasks/{taskId}}: a task as it should be. Every property is optional here; core says what is required.
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
 */
public record TaskInputDto(Long version, String title, String description, String owner, String start, String due,
        ActionPlanDto.ResourcesDto resources, List<ActionPlanDto.RaciDto> raci,
        List<ActionPlanDto.ItemRefDto> dependencies, ActionPlanDto.RiskDto risk, String status, String issueKey) {

    /** Jackson's way in. */
    @JsonCreator
    public TaskInputDto(@JsonProperty("version") Long version, @JsonProperty("title") String title,
            @JsonProperty("description") String description, @JsonProperty("owner") String owner,
            @JsonProperty("start") String start, @JsonProperty("due") String due,
            @JsonProperty("resources") ActionPlanDto.ResourcesDto resources,
            @JsonProperty("raci") List<ActionPlanDto.RaciDto> raci,
            @JsonProperty("dependencies") List<ActionPlanDto.ItemRefDto> dependencies,
            @JsonProperty("risk") ActionPlanDto.RiskDto risk, @JsonProperty("status") String status,
            @JsonProperty("issueKey") String issueKey) {
        this.version = version;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.start = start;
        this.due = due;
        this.resources = resources;
        this.raci = raci;
        this.dependencies = dependencies;
        this.risk = risk;
        this.status = status;
        this.issueKey = issueKey;
    }

    PlanItemInput toInput() {
        return new PlanItemInput(title, description, owner, start, due,
                resources == null ? null : resources.toInput(),
                raci == null ? null : raci.stream().map(r -> r == null ? null : r.toInput()).toList(),
                dependencies == null ? null
                        : dependencies.stream().map(d -> d == null ? null : d.toInput()).toList(),
                risk == null ? null : risk.toInput(), status, issueKey);
    }
}
