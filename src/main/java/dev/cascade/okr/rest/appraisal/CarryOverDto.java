package dev.cascade.okr.rest.appraisal;

import dev.cascade.okr.core.appraisal.CarriedKeyResult;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.CarryOverStore.CarriedOver;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.appraisal.CarryOverService.Item;
import dev.cascade.okr.service.appraisal.CarryOverService.Result;
import dev.cascade.okr.service.appraisal.CarryOverService.Run;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a carry-over run did: the drafts created and the goals skipped, each with why.
 *
 * @param periodStart the first day of the period closed
 * @param periodEnd its last day
 * @param toPeriodStart the first day of the period carried into
 * @param toPeriodEnd its last day
 * @param created the goals carried now, each with its new draft
 * @param skipped the goals not carried now: {@code already-carried}, {@code finished} or {@code draft}
 */
public record CarryOverDto(String periodStart, String periodEnd, String toPeriodStart, String toPeriodEnd,
        List<ItemDto> created, List<ItemDto> skipped) {

    static CarryOverDto of(Run run) {
        return new CarryOverDto(run.period().start().toString(), run.period().end().toString(),
                run.to().start().toString(), run.to().end().toString(),
                run.items().stream().filter(i -> i.result() == Result.CREATED).map(ItemDto::of).toList(),
                run.items().stream().filter(i -> i.result() != Result.CREATED).map(ItemDto::of).toList());
    }

    /**
     * One goal.
     *
     * @param sourceId the goal of the closed period
     * @param title its title
     * @param result {@code created}, {@code already-carried}, {@code finished} or {@code draft}
     * @param draftId the draft in the new period (created now or before), or {@code null}
     * @param alignedTo the parent goal the new draft was aligned to, or {@code null}
     * @param keyResults the key results carried now
     * @param suggestion the appraisal's improvement suggestion, or {@code null} (none, or not the caller's to see)
     */
    public record ItemDto(long sourceId, String title, String result, Long draftId, Long alignedTo,
            List<CarriedKeyResultDto> keyResults, String suggestion) {

        static ItemDto of(Item item) {
            return new ItemDto(item.source().id().value(), item.source().title(), WireCode.of(item.result()),
                    item.draft() == null ? null : item.draft().value(),
                    item.alignedTo() == null ? null : item.alignedTo().value(),
                    item.keyResults().stream().map(CarriedKeyResultDto::of).toList(), item.suggestion());
        }
    }

    /**
     * A key result carried.
     *
     * @param sourceKeyResultId the key result of the closed period
     * @param title its title (the new one has the same)
     * @param weight its weight in the draft, per-cent
     * @param remaining how far it still is from its target, in its unit, or {@code null} when unknown
     */
    public record CarriedKeyResultDto(long sourceKeyResultId, String title, BigDecimal weight, BigDecimal remaining) {

        static CarriedKeyResultDto of(CarriedKeyResult carried) {
            return new CarriedKeyResultDto(carried.source().id().value(), carried.source().title(),
                    carried.weight().percent(), carried.remaining());
        }
    }

    /**
     * Where a draft came from.
     *
     * @param sourceId the goal of the closed period
     * @param draftId the draft
     * @param toPeriodStart the first day of the draft's period
     * @param toPeriodEnd its last day
     * @param suggestion the appraisal's improvement suggestion, or {@code null}
     * @param createdBy who ran the carry-over
     * @param createdAt when
     */
    public record OriginDto(long sourceId, long draftId, String toPeriodStart, String toPeriodEnd, String suggestion,
            String createdBy, String createdAt) {

        static OriginDto of(CarriedOver origin) {
            Period to = origin.to();
            return new OriginDto(origin.source().value(), origin.draft().value(), to.start().toString(),
                    to.end().toString(), origin.suggestion().isEmpty() ? null : origin.suggestion(),
                    origin.createdBy(), origin.createdAt().toString());
        }
    }
}
