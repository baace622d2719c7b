package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds scheme drafts for tests: the defaults with the fields a case changes. */
final class SchemeBuilder {

    Weight resultsWeight = Weight.ofPercent(70);
    Weight processWeight = Weight.ofPercent(30);
    BigDecimal achievementCap = new BigDecimal("1.00");
    Integer processScaleMin = 1;
    Integer processScaleMax = 5;
    List<GradeBand> gradeBands = List.of(GradeBand.of(Grade.EXCELLENT, 95), GradeBand.of(Grade.GOOD, 85),
            GradeBand.of(Grade.PASS, 70));
    Map<Grade, Weight> distributionMaxShares = Map.of(Grade.EXCELLENT, Weight.ofPercent(20), Grade.GOOD,
            Weight.ofPercent(40));
    Integer appealWindowDays = 14;

    static SchemeBuilder defaults() {
        return new SchemeBuilder();
    }

    SchemeBuilder weights(Weight results, Weight process) {
        resultsWeight = results;
        processWeight = process;
        return this;
    }

    SchemeBuilder weights(int resultsPercent, int processPercent) {
        return weights(Weight.ofPercent(resultsPercent), Weight.ofPercent(processPercent));
    }

    SchemeBuilder cap(String fraction) {
        achievementCap = fraction == null ? null : new BigDecimal(fraction);
        return this;
    }

    SchemeBuilder scale(Integer min, Integer max) {
        processScaleMin = min;
        processScaleMax = max;
        return this;
    }

    SchemeBuilder bands(GradeBand... bands) {
        gradeBands = bands == null ? null : Arrays.asList(bands);
        return this;
    }

    SchemeBuilder shares(Map<Grade, Weight> shares) {
        distributionMaxShares = shares;
        return this;
    }

    SchemeBuilder appealWindow(Integer days) {
        appealWindowDays = days;
        return this;
    }

    AppraisalSchemeDraft draft() {
        return new AppraisalSchemeDraft(resultsWeight, processWeight, achievementCap, processScaleMin,
                processScaleMax, gradeBands, distributionMaxShares, appealWindowDays);
    }

    /** The scheme; the test fails here if the case's settings are not valid. */
    AppraisalScheme build() {
        return AppraisalScheme.of(draft()).value();
    }

    static GradeBand band(Grade grade, String minScore) {
        return new GradeBand(grade, minScore == null ? null : new BigDecimal(minScore));
    }
}
