package dev.cascade.okr.rest.plan;

import dev.cascade.okr.core.port.ActionPlanStore.PlanChange;
import dev.cascade.okr.rest.http.ErrorDto;
import java.util.List;

/**
 * What a create or update of an initiative or task answers: the item (with its id after a create) and its new
 * version, core's warnings, and the whole plan afterwards.
 *
 * @param item the item written
 * @param version its version now
 * @param warnings findings that did not stop the write, in the caller's language
 * @param plan the plan afterwards
 */
public record ActionPlanChangeDto(ActionPlanDto.ItemRefDto item, long version, List<ErrorDto> warnings,
        ActionPlanDto plan) {

    static ActionPlanChangeDto of(PlanChange change, List<ErrorDto> warnings) {
        return new ActionPlanChangeDto(ActionPlanDto.ItemRefDto.of(change.item()),
                change.plan().versionOf(change.item()), warnings, ActionPlanDto.of(change.plan()));
    }
}
