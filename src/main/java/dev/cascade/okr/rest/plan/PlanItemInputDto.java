package dev.cascade.okr.rest.plan;

import dev.cascade.okr.service.plan.PlanItemInput;
import java.util.List;

/**
 * What the bodies of an initiative ({@link InitiativeInputDto}) and a task ({@link TaskInputDto}) share, and their one
 * mapping to the service's {@link PlanItemInput}. The two stay separate records because each accepts only its own
 * Jira link ({@code epicKey} or {@code issueKey}): the other is an unknown field, answered 400
 * {@code request.unknown-field}.
 */
sealed interface PlanItemInputDto permits InitiativeInputDto, TaskInputDto {

    /** On an update, the version the change is based on; ignored on a create. */
    Long version();

    /** Required, at most 255 characters. */
    String title();

    /** Optional, at most 4000 characters. */
    String description();

    /** The owner's user key. */
    String owner();

    /** The first day, {@code YYYY-MM-DD}. */
    String start();

    /** The last day, {@code YYYY-MM-DD}. */
    String due();

    /** Optional budget (with currency), people and roles. */
    ActionPlanDto.ResourcesDto resources();

    /** One accountable person, at least one responsible. */
    List<ActionPlanDto.RaciDto> raci();

    /** The items it waits for. */
    List<ActionPlanDto.ItemRefDto> dependencies();

    /** Optional {@code {description, contingency, level}}. */
    ActionPlanDto.RiskDto risk();

    /** not-started (default), in-progress or done. */
    String status();

    /** The Jira key the item is linked to: an initiative's epic, a task's issue; optional. */
    String jiraKey();

    /** A task's whole per-cent done; an initiative states none. */
    default Integer percentComplete() {
        return null;
    }

    /** A task's progress note; an initiative states none. */
    default String progressNote() {
        return null;
    }

    /** The input for the service, the nested parts mapped alike for both kinds. */
    default PlanItemInput toInput() {
        return new PlanItemInput(title(), description(), owner(), start(), due(),
                resources() == null ? null : resources().toInput(),
                raci() == null ? null : raci().stream().map(r -> r == null ? null : r.toInput()).toList(),
                dependencies() == null ? null
                        : dependencies().stream().map(d -> d == null ? null : d.toInput()).toList(),
                risk() == null ? null : risk().toInput(), status(), jiraKey(), percentComplete(), progressNote());
    }
}
