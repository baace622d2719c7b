package dev.cascade.okr.rest.appraisal;

import dev.cascade.okr.core.appraisal.GoalConfirmation;
import dev.cascade.okr.core.appraisal.Objection;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.rest.appraisal.AppraisalDto.AppraisalStampDto;
import dev.cascade.okr.service.appraisal.AppraisalService.ConfirmationState;
import java.util.List;

/**
 * A goal's confirmation (签字确认) in JSON.
 *
 * @param objectiveId the goal
 * @param state {@code no-manager} (the owner has nobody to confirm with; nothing can be done until managers are
 *     recorded), {@code open} (not yet confirmed by both, or an objection is open) or {@code confirmed}
 * @param owner the goal's owner (user key)
 * @param manager the confirming manager (user key), or {@code null} when there is none
 * @param confirmed whether both sides confirmed and no objection is open
 * @param ownerConfirmation when the owner confirmed, or {@code null}
 * @param managerConfirmation when the manager confirmed, or {@code null}
 * @param objections every objection, oldest first; {@code objection} in a resolution is the index here
 * @param version the version to name in the next step; 0 before anybody acted
 */
public record ConfirmationDto(long objectiveId, String state, String owner, String manager, boolean confirmed,
        AppraisalStampDto ownerConfirmation, AppraisalStampDto managerConfirmation,
        List<ConfirmationObjectionViewDto> objections, long version) {

    static ConfirmationDto of(ConfirmationState state) {
        return state.confirmation().map(ConfirmationDto::of).orElseGet(() -> new ConfirmationDto(
                state.objective().value(), "no-manager", state.owner().key(), null, false, null, null, List.of(), 0));
    }

    static ConfirmationDto of(StoredConfirmation stored) {
        GoalConfirmation c = stored.confirmation();
        return new ConfirmationDto(stored.objective().value(), c.isConfirmed() ? "confirmed" : "open", c.owner().key(),
                c.manager().key(), c.isConfirmed(),
                c.ownerConfirmation().map(AppraisalStampDto::of).orElse(null),
                c.managerConfirmation().map(AppraisalStampDto::of).orElse(null),
                c.objections().stream().map(ConfirmationObjectionViewDto::of).toList(), stored.version());
    }

    /**
     * One objection.
     *
     * @param reason why
     * @param raised who and when
     * @param open whether it still waits for a resolution
     * @param resolution how it was resolved, or {@code null}
     * @param resolved who resolved it and when, or {@code null}
     */
    public record ConfirmationObjectionViewDto(String reason, AppraisalStampDto raised, boolean open,
            String resolution, AppraisalStampDto resolved) {
        static ConfirmationObjectionViewDto of(Objection o) {
            return new ConfirmationObjectionViewDto(o.reason(), AppraisalStampDto.of(o.raised()), o.isOpen(),
                    o.resolution().orElse(null), o.resolved().map(AppraisalStampDto::of).orElse(null));
        }
    }
}
