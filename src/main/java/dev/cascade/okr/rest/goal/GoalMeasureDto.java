package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.rest.http.WireCodes;
import dev.cascade.okr.service.goal.GoalInput;
import java.math.BigDecimal;
import java.util.List;

/**
 * A key result's measure in JSON; only the fields of its {@code kind} are used. Numbers are JSON numbers read exactly.
 *
 * @param kind metric, band, milestone or issues
 * @param direction metric: increase or decrease
 * @param start metric: the value at the start
 * @param tiers metric or numeric field: floor, target and stretch (the core's field names, so errors name them)
 * @param unit metric or band: what the numbers count
 * @param low band: lowest acceptable value
 * @param high band: highest acceptable value
 * @param description milestone: what done means
 * @param basis issues: issue-count-done, story-points-done, status-weighted or numeric-field
 * @param statusWeights issues, status-weighted: the key result's own credit per status category, fractions 0 to 1;
 *     {@code null} (or absent) when it follows the site-wide default ({@code /settings/status-weights})
 * @param numericFieldId issues, numeric-field: the field id
 * @param links issues: the linked work
 * @param checkInValues metric: {@code cumulative} when each check-in reports the running total (the default) or
 *     {@code per-period} when it reports the amount of its period; answered for every metric
 */
public record GoalMeasureDto(@JsonProperty("kind") String kind, @JsonProperty("direction") String direction,
        @JsonProperty("start") BigDecimal start, @JsonProperty("tiers") TiersDto tiers,
        @JsonProperty("unit") String unit, @JsonProperty("low") BigDecimal low, @JsonProperty("high") BigDecimal high,
        @JsonProperty("description") String description, @JsonProperty("basis") String basis,
        @JsonProperty("statusWeights") StatusWeightsDto statusWeights,
        @JsonProperty("numericFieldId") String numericFieldId, @JsonProperty("links") List<GoalLinkDto> links,
        @JsonProperty("checkInValues") String checkInValues) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalMeasureDto {
    }

    /**
     * Target tiers.
     *
     * @param floor the least acceptable value
     * @param target the value that counts as achieved
     * @param stretch the ambitious value
     */
    public record TiersDto(@JsonProperty("floor") BigDecimal floor, @JsonProperty("target") BigDecimal target,
            @JsonProperty("stretch") BigDecimal stretch) {

        /** Jackson's way in. */
        @JsonCreator
        public TiersDto {
        }

        static TiersDto of(TargetTiers tiers) {
            return tiers == null ? null : new TiersDto(tiers.floor(), tiers.target(), tiers.stretch());
        }
    }

    /**
     * Credit per status category.
     *
     * @param toDo not started
     * @param inProgress started
     * @param done finished
     */
    public record StatusWeightsDto(@JsonProperty("toDo") BigDecimal toDo,
            @JsonProperty("inProgress") BigDecimal inProgress, @JsonProperty("done") BigDecimal done) {

        /** Jackson's way in. */
        @JsonCreator
        public StatusWeightsDto {
        }
    }

    static GoalMeasureDto of(Measure measure) {
        if (measure instanceof MetricMeasure m) {
            return new GoalMeasureDto("metric", WireCodes.of(m.direction()), m.start(), TiersDto.of(m.tiers()),
                    m.unit(), null, null, null, null, null, null, null, WireCodes.of(m.checkInValues()));
        }
        if (measure instanceof BandMeasure b) {
            return new GoalMeasureDto("band", null, null, null, b.unit(), b.low(), b.high(), null, null, null, null,
                    null, null);
        }
        if (measure instanceof MilestoneMeasure m) {
            return new GoalMeasureDto("milestone", null, null, null, null, null, null, m.description(), null, null,
                    null, null, null);
        }
        IssueMeasure i = (IssueMeasure) measure;
        return new GoalMeasureDto("issues", null, null, TiersDto.of(i.tiers()), null, null, null, null,
                    WireCodes.of(i.basis()),
                i.ownWeights() ? new StatusWeightsDto(BigDecimal.valueOf(i.statusWeights().toDo()),
                        BigDecimal.valueOf(i.statusWeights().inProgress()),
                        BigDecimal.valueOf(i.statusWeights().done())) : null,
                i.numericFieldId(), i.links().stream().map(GoalLinkDto::of).toList(), null);
    }

    GoalInput.MeasureInput toInput() {
        return new GoalInput.MeasureInput(kind, direction, start, tiers == null ? null : tiers.floor(),
                tiers == null ? null : tiers.target(), tiers == null ? null : tiers.stretch(), unit, low, high,
                description, basis, statusWeights == null ? null : statusWeights.toDo(),
                statusWeights == null ? null : statusWeights.inProgress(),
                statusWeights == null ? null : statusWeights.done(), numericFieldId,
                links == null ? null : links.stream().map(l -> l == null ? null : l.toInput()).toList(),
                checkInValues);
    }
}
