package dev.cascade.okr.rest.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItem;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.RaciAssignment;
import dev.cascade.okr.core.plan.Resources;
import dev.cascade.okr.core.plan.Risk;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.port.ActionPlanStore.StoredPlan;
import dev.cascade.okr.rest.http.WireCodes;
import dev.cascade.okr.service.plan.PlanItemInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * A goal's action plan as {@code GET /goals/{id}/action-plan} answers it: its initiatives in the order they were
 * added, each with its tasks, every item with its {@code version}, and the order to do them in (core's critical
 * order: every item after everything it waits for).
 *
 * @param objectiveId the goal
 * @param initiatives the initiatives with their tasks
 * @param criticalOrder every item after the items it waits for
 */
public record ActionPlanDto(long objectiveId, List<InitiativeDto> initiatives, List<ItemRefDto> criticalOrder) {

    static ActionPlanDto of(StoredPlan stored) {
        return new ActionPlanDto(stored.plan().objective().value(), stored.plan().initiatives().stream()
                .map(i -> InitiativeDto.of(i, stored))
                .toList(), stored.plan().criticalOrder().stream().map(item -> ItemRefDto.of(item.id())).toList());
    }

    /**
     * One initiative.
     *
     * @param id its id
     * @param version its version
     * @param title title
     * @param description description or {@code null}
     * @param owner owner's user key
     * @param start first day
     * @param due last day
     * @param resources budget, people and roles
     * @param raci RACI roles
     * @param dependencies the items it waits for
     * @param risk risk or {@code null}
     * @param status not-started, in-progress or done
     * @param epicKey the Jira epic or {@code null}
     * @param tasks its tasks
     */
    public record InitiativeDto(long id, long version, String title, String description, String owner, String start,
            String due, ResourcesDto resources, List<RaciDto> raci, List<ItemRefDto> dependencies, RiskDto risk,
            String status, String epicKey, List<TaskDto> tasks) {

        static InitiativeDto of(Initiative i, StoredPlan stored) {
            return new InitiativeDto(i.id().value(), stored.versionOf(i.id()), i.title(), i.description(),
                    i.owner().key(), i.start().toString(), i.due().toString(), ResourcesDto.of(i.resources()),
                    RaciDto.of(i), ItemRefDto.of(i.dependencies()), RiskDto.of(i.risk()),
                    WireCodes.of(i.status()), i.epicKey(),
                    stored.plan().tasksOf(i.id()).stream().map(t -> TaskDto.of(t, stored)).toList());
        }
    }

    /**
     * One task.
     *
     * @param id its id
     * @param version its version
     * @param initiativeId the initiative it belongs to
     * @param title title
     * @param description description or {@code null}
     * @param owner owner's user key
     * @param start first day
     * @param due last day
     * @param resources budget, people and roles
     * @param raci RACI roles
     * @param dependencies the items it waits for
     * @param risk risk or {@code null}
     * @param status not-started, in-progress or done
     * @param issueKey the Jira issue or {@code null}
     * @param percentComplete whole per-cent done, 0 to 100, or {@code null} when not stated
     * @param progressNote what has been done so far, or {@code null}
     * @param progressUpdatedOn the day the percent or the note last changed, {@code YYYY-MM-DD}, or {@code null}
     */
    public record TaskDto(long id, long version, long initiativeId, String title, String description, String owner,
            String start, String due, ResourcesDto resources, List<RaciDto> raci, List<ItemRefDto> dependencies,
            RiskDto risk, String status, String issueKey, Integer percentComplete, String progressNote,
            String progressUpdatedOn) {

        static TaskDto of(Task t, StoredPlan stored) {
            return new TaskDto(t.id().value(), stored.versionOf(t.id()), t.initiative().value(), t.title(),
                    t.description(), t.owner().key(), t.start().toString(), t.due().toString(),
                    ResourcesDto.of(t.resources()), RaciDto.of(t), ItemRefDto.of(t.dependencies()),
                    RiskDto.of(t.risk()), WireCodes.of(t.status()), t.issueKey(),
                    t.progress().percentComplete(), t.progress().note(),
                    t.progress().updatedOn() == null ? null : t.progress().updatedOn().toString());
        }
    }

    /**
     * Budget, people and roles of an item.
     *
     * @param budget a JSON number, at most two decimals, with {@code currency}
     * @param currency ISO 4217 code
     * @param people user keys
     * @param roles the roles needed
     */
    public record ResourcesDto(@JsonProperty("budget") BigDecimal budget, @JsonProperty("currency") String currency,
            @JsonProperty("people") List<String> people, @JsonProperty("roles") List<String> roles) {

        /** Jackson's way in. */
        @JsonCreator
        public ResourcesDto {
        }

        static ResourcesDto of(Resources resources) {
            return new ResourcesDto(resources.budget(), resources.currency(),
                    resources.people().stream().map(UserRef::key).toList(), resources.roles());
        }

        PlanItemInput.ResourcesInput toInput() {
            return new PlanItemInput.ResourcesInput(budget, currency, people, roles);
        }
    }

    /**
     * One person's RACI role.
     *
     * @param person user key
     * @param role responsible, accountable, consulted or informed
     */
    public record RaciDto(@JsonProperty("person") String person, @JsonProperty("role") String role) {

        /** Jackson's way in. */
        @JsonCreator
        public RaciDto {
        }

        static List<RaciDto> of(PlanItem item) {
            return item.raci().assignments().stream().map(RaciDto::of).toList();
        }

        private static RaciDto of(RaciAssignment assignment) {
            return new RaciDto(assignment.person().key(), WireCodes.of(assignment.role()));
        }

        PlanItemInput.RaciInput toInput() {
            return new PlanItemInput.RaciInput(person, role);
        }
    }

    /**
     * An item of the plan: {@code {"initiative":3}} or {@code {"task":5}}.
     *
     * @param initiative an initiative's id
     * @param task a task's id
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemRefDto(@JsonProperty("initiative") Long initiative, @JsonProperty("task") Long task) {

        /** Jackson's way in. */
        @JsonCreator
        public ItemRefDto {
        }

        static ItemRefDto of(PlanItemId id) {
            return id instanceof InitiativeId ? new ItemRefDto(id.value(), null) : new ItemRefDto(null, id.value());
        }

        static List<ItemRefDto> of(List<PlanItemId> ids) {
            return ids.stream().map(ItemRefDto::of).toList();
        }

        PlanItemInput.ItemRef toInput() {
            return new PlanItemInput.ItemRef(initiative, task);
        }
    }

    /**
     * A risk and the plan B.
     *
     * @param description the risk
     * @param contingency what to do if it happens, or {@code null}
     * @param level low, medium or high
     */
    public record RiskDto(@JsonProperty("description") String description,
            @JsonProperty("contingency") String contingency, @JsonProperty("level") String level) {

        /** Jackson's way in. */
        @JsonCreator
        public RiskDto {
        }

        static RiskDto of(Risk risk) {
            return risk == null ? null
                    : new RiskDto(risk.description(), risk.contingency(), WireCodes.of(risk.level()));
        }

        PlanItemInput.RiskInput toInput() {
            return new PlanItemInput.RiskInput(description, contingency, level);
        }
    }
}
