package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeBand;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RequestNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appraisal scheme, read and written in the same shape (read it, change it, send it back). Weights and shares are
 * per-cent (70 = 70%); the cap is a fraction (1.00 = 100%); grades are codes ({@code excellent}, {@code good},
 * {@code pass}).
 *
 * @param version the version read; 0 while never saved
 * @param resultsWeight per-cent
 * @param processWeight per-cent
 * @param achievementCap fraction
 * @param processScale the process score scale
 * @param gradeBands best first
 * @param distributionMaxShares per grade code, per-cent
 * @param appealWindowDays days after sign-off
 */
public record SettingsAppraisalSchemeDto(@JsonProperty("version") BigDecimal version,
        @JsonProperty("resultsWeight") BigDecimal resultsWeight,
        @JsonProperty("processWeight") BigDecimal processWeight,
        @JsonProperty("achievementCap") BigDecimal achievementCap,
        @JsonProperty("processScale") SettingsScaleDto processScale,
        @JsonProperty("gradeBands") List<SettingsGradeBandDto> gradeBands,
        @JsonProperty("distributionMaxShares") Map<String, BigDecimal> distributionMaxShares,
        @JsonProperty("appealWindowDays") BigDecimal appealWindowDays) {

    /** Jackson's way in; the core says what is required. */
    @JsonCreator
    public SettingsAppraisalSchemeDto {
    }

    static SettingsAppraisalSchemeDto of(Setting<AppraisalScheme> setting) {
        AppraisalScheme s = setting.value();
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            Weight share = s.distributionMaxShares().get(grade);
            if (share != null) {
                shares.put(grade.code(), share.percent());
            }
        }
        return new SettingsAppraisalSchemeDto(BigDecimal.valueOf(setting.version()), s.resultsWeight().percent(),
                s.processWeight().percent(), s.achievementCap(),
                new SettingsScaleDto(BigDecimal.valueOf(s.processScaleMin()), BigDecimal.valueOf(s.processScaleMax())),
                s.gradeBands().stream().map(b -> new SettingsGradeBandDto(b.grade().code(), b.minScore())).toList(),
                shares, BigDecimal.valueOf(s.appealWindowDays()));
    }

    /**
     * The draft the core checks; a part that cannot be read (a grade code that does not exist, a weight that is not
     * a per-cent, a scale bound that is not a whole number) is passed as missing so the core names its field. The
     * field paths of the core's violations are this body's paths ({@code gradeBands[1].minScore}), except the scale
     * bounds, which the core names {@code processScaleMin} / {@code processScaleMax}.
     */
    AppraisalSchemeDraft toDraft() {
        List<GradeBand> bands = null;
        if (gradeBands != null) {
            bands = new ArrayList<>();
            for (SettingsGradeBandDto band : gradeBands) {
                bands.add(band == null ? null : new GradeBand(grade(band.grade()), band.minScore()));
            }
        }
        Map<Grade, Weight> shares = new LinkedHashMap<>();
        if (distributionMaxShares != null) {
            distributionMaxShares.forEach((code, share) -> {
                Grade grade = grade(code);
                if (grade != null) {
                    shares.put(grade, Weight.ofPercentOrNull(share));
                }
            });
        }
        return new AppraisalSchemeDraft(Weight.ofPercentOrNull(resultsWeight), Weight.ofPercentOrNull(processWeight),
                achievementCap, processScale == null ? null : whole(processScale.min()),
                processScale == null ? null : whole(processScale.max()), bands, shares, whole(appealWindowDays));
    }

    /** {@code appraisal.grade-band-grade-invalid} for each share given for a grade that does not exist. */
    List<Violation> unknownShareGradeViolations() {
        return unknownShareGrades().stream().map(code -> Violation.of(ViolationCode.APPRAISAL_GRADE_BAND_GRADE_INVALID,
                "distributionMaxShares." + code)).toList();
    }

    /** Grade codes the body used that do not exist, for the resource to report. */
    List<String> unknownShareGrades() {
        return distributionMaxShares == null ? List.of()
                : distributionMaxShares.keySet().stream().filter(code -> grade(code) == null).toList();
    }

    private static Grade grade(String code) {
        for (Grade grade : Grade.values()) {
            if (grade.code().equals(code)) {
                return grade;
            }
        }
        return null;
    }

    private static Integer whole(BigDecimal value) {
        return RequestNumbers.requiredInt(value, "value").isSuccess() ? value.intValueExact() : null;
    }

    /**
     * The process score scale.
     *
     * @param min the lowest score
     * @param max the highest score
     */
    public record SettingsScaleDto(@JsonProperty("min") BigDecimal min, @JsonProperty("max") BigDecimal max) {
        /** Jackson's way in. */
        @JsonCreator
        public SettingsScaleDto {
        }
    }

    /**
     * One grade band.
     *
     * @param grade the grade code
     * @param minScore the lowest composite that earns it
     */
    public record SettingsGradeBandDto(@JsonProperty("grade") String grade,
            @JsonProperty("minScore") BigDecimal minScore) {
        /** Jackson's way in. */
        @JsonCreator
        public SettingsGradeBandDto {
        }
    }
}
