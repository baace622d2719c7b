package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A measure as a person submits it, before {@link MeasurePolicy} checks it; any field may be missing
 * ({@code null}), and only the fields of the chosen kind are read.
 *
 * @param kind metric, band, milestone or issues
 * @param direction metric: whether more or less is better
 * @param start metric: the value at the start
 * @param tiers metric and numeric field: floor, target and stretch
 * @param unit metric and band: what the numbers count
 * @param low band: the lowest acceptable value
 * @param high band: the highest acceptable value
 * @param description milestone: what "done" means
 * @param basis issues: how issues become progress; {@code null} means the administrator's default
 * @param statusWeights issues with partial credit: the weight per status category; {@code null} means the
 *     administrator's default
 * @param numericFieldId issues by numeric field: the Jira field id
 * @param links issues: the linked work, possibly with {@code null} entries (reported, not thrown)
 * @param checkInValues metric: whether check-ins report running totals or amounts per period; {@code null} means
 *     running totals ({@link CheckInValues#CUMULATIVE}); other kinds accept only running totals
 */
public record MeasureDraft(Measure.Kind kind, Direction direction, BigDecimal start, Tiers tiers, String unit,
        BigDecimal low, BigDecimal high, String description, ProgressBasis basis, Weights statusWeights,
        String numericFieldId, List<WorkLink> links, CheckInValues checkInValues) {

    /** A draft without a choice of check-in values (running totals). */
    public MeasureDraft(Measure.Kind kind, Direction direction, BigDecimal start, Tiers tiers, String unit,
            BigDecimal low, BigDecimal high, String description, ProgressBasis basis, Weights statusWeights,
            String numericFieldId, List<WorkLink> links) {
        this(kind, direction, start, tiers, unit, low, high, description, basis, statusWeights, numericFieldId, links,
                null);
    }

    /** Copies the links, keeping {@code null} entries for the policy to report. */
    public MeasureDraft {
        links = links == null ? null : Collections.unmodifiableList(new ArrayList<>(links));
    }

    /** A metric draft. */
    public static MeasureDraft metric(Direction direction, BigDecimal start, Tiers tiers, String unit) {
        return new MeasureDraft(Measure.Kind.METRIC, direction, start, tiers, unit, null, null, null, null, null, null,
                null);
    }

    /** A band draft. */
    public static MeasureDraft band(BigDecimal low, BigDecimal high, String unit) {
        return new MeasureDraft(Measure.Kind.BAND, null, null, null, unit, low, high, null, null, null, null, null);
    }

    /** A milestone draft. */
    public static MeasureDraft milestone(String description) {
        return new MeasureDraft(Measure.Kind.MILESTONE, null, null, null, null, null, null, description, null, null,
                null, null);
    }

    /** An issue-driven draft. */
    public static MeasureDraft issues(ProgressBasis basis, Weights statusWeights, String numericFieldId, Tiers tiers,
            List<WorkLink> links) {
        return new MeasureDraft(Measure.Kind.ISSUES, null, null, tiers, null, null, null, null, basis, statusWeights,
                numericFieldId, links);
    }

    /**
     * Target tiers as submitted; any may be missing.
     *
     * @param floor the least acceptable value (保底)
     * @param target the value that counts as achieved (目标)
     * @param stretch the ambitious value (挑战)
     */
    public record Tiers(BigDecimal floor, BigDecimal target, BigDecimal stretch) {
    }

    /**
     * Status weights as submitted, fractions from 0 to 1; any may be missing.
     *
     * @param toDo credit for an issue not started
     * @param inProgress credit for a started issue
     * @param done credit for a finished issue
     */
    public record Weights(BigDecimal toDo, BigDecimal inProgress, BigDecimal done) {
    }
}
