package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The appraisal settings as an admin submits them, before {@link AppraisalScheme#of} checks them; any part may be
 * missing ({@code null}) and is then reported, never defaulted silently.
 *
 * @param resultsWeight the weight of results (achievement) in the composite
 * @param processWeight the weight of the process score in the composite
 * @param achievementCap the highest achievement rate that counts, as a fraction (1.00 = 100%)
 * @param processScaleMin the lowest process score a manager can give
 * @param processScaleMax the highest process score a manager can give
 * @param gradeBands the bands, best grade first
 * @param distributionMaxShares per grade, the share of a department above which a warning is shown; grades left out
 *     have no guidance
 * @param appealWindowDays how many days after sign-off an appeal may be made
 */
public record AppraisalSchemeDraft(Weight resultsWeight, Weight processWeight, BigDecimal achievementCap,
        Integer processScaleMin, Integer processScaleMax, List<GradeBand> gradeBands,
        Map<Grade, Weight> distributionMaxShares, Integer appealWindowDays) {
}
