package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks a measure a person submitted and builds it, or names every field that is wrong
 * ({@code measure.start}, {@code measure.tiers.floor}, {@code measure.statusWeights.inProgress},
 * {@code measure.links[2]}...).
 *
 * <p>Rules: numbers at most {@code 10^15} in magnitude with at most {@value #MAX_DECIMALS} decimals, any sign;
 * a metric's target lies in its direction from the start and its tiers are ordered for the direction (equal allowed);
 * a band's low is not above its high; a unit has at most {@value #MAX_UNIT} characters; a milestone's description at
 * most {@value #MAX_DESCRIPTION}; status weights are fractions from 0 to 1 that never decrease along the workflow,
 * with Done above 0; a numeric field needs a field id and a positive target; links follow {@link WorkLink#check};
 * only a metric may take check-ins as amounts per period ({@link CheckInValues}).
 * Fields that do not belong to the chosen kind or basis are ignored.
 */
public final class MeasurePolicy {

    /** The largest magnitude of a number in a measure. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000000");
    /** The most decimals of a number in a measure. */
    public static final int MAX_DECIMALS = 6;
    /** The longest unit, in characters. */
    public static final int MAX_UNIT = 30;
    /** The longest milestone description, in characters. */
    public static final int MAX_DESCRIPTION = 255;

    private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,254}");

    private final ProgressBasis defaultBasis;
    private final StatusWeights defaultWeights;

    /** A policy with the built-in defaults: share of Done issues, and weights 0 / 0.5 / 1. */
    public MeasurePolicy() {
        this(ProgressBasis.ISSUE_COUNT_DONE, StatusWeights.defaults());
    }

    /** A policy with the administrator's defaults for a missing basis and missing status weights. */
    public MeasurePolicy(ProgressBasis defaultBasis, StatusWeights defaultWeights) {
        this.defaultBasis = Objects.requireNonNull(defaultBasis, "defaultBasis");
        this.defaultWeights = Objects.requireNonNull(defaultWeights, "defaultWeights");
    }

    /** Checks a draft submitted as the field {@code measure}. */
    public Validated<Measure> validate(MeasureDraft draft) {
        return validate(draft, "measure");
    }

    /**
     * Checks a draft submitted under the given field name, e.g. {@code keyResults[1].measure}.
     *
     * @param draft the submitted measure; {@code null} when missing
     * @param field the field the measure was submitted as; violations name its sub-fields
     */
    public Validated<Measure> validate(MeasureDraft draft, String field) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null || draft.kind() == null) {
            violations.add(Violation.of(ViolationCode.MEASURE_KIND_REQUIRED, field + ".kind"));
            return Validated.invalid(violations);
        }
        if (draft.kind() != Measure.Kind.METRIC && draft.checkInValues() == CheckInValues.PER_PERIOD) {
            // Bands and milestones report levels, issues are counted: amounts per period would mean nothing.
            violations.add(Violation.of(ViolationCode.MEASURE_CHECK_IN_VALUES_METRIC_ONLY, field + ".checkInValues"));
        }
        Measure measure = switch (draft.kind()) {
            case METRIC -> metric(draft, field, violations);
            case BAND -> band(draft, field, violations);
            case MILESTONE -> milestone(draft, field, violations);
            case ISSUES -> issues(draft, field, violations);
        };
        return violations.isEmpty() ? Validated.valid(measure) : Validated.invalid(violations);
    }

    private static Measure metric(MeasureDraft draft, String field, List<Violation> violations) {
        Direction direction = draft.direction();
        if (direction == null) {
            violations.add(Violation.of(ViolationCode.MEASURE_DIRECTION_REQUIRED, field + ".direction"));
        }
        boolean startValid = required(draft.start(), ViolationCode.MEASURE_START_REQUIRED, field + ".start",
                violations);
        MeasureDraft.Tiers tiers = draft.tiers() == null ? new MeasureDraft.Tiers(null, null, null) : draft.tiers();
        boolean tiersValid = tiers(tiers, direction, field, violations);
        String unit = unit(draft.unit(), field, violations);
        if (direction != null && startValid && tiers.target() != null) {
            int sign = direction == Direction.INCREASE ? 1 : -1;
            if (sign * tiers.target().compareTo(draft.start()) < 0) {
                violations.add(Violation.of(direction == Direction.INCREASE ? ViolationCode.MEASURE_TARGET_BELOW_START
                        : ViolationCode.MEASURE_TARGET_ABOVE_START, field + ".tiers.target",
                        tiers.target().toPlainString(), draft.start().toPlainString()));
            }
        }
        return direction != null && startValid && tiersValid && violations.isEmpty()
                ? new MetricMeasure(direction, draft.start(),
                        new TargetTiers(tiers.floor(), tiers.target(), tiers.stretch()), unit, draft.checkInValues())
                : null;
    }

    /** Checks the tiers' numbers and, when the direction is known, their order; whether they can be built. */
    private static boolean tiers(MeasureDraft.Tiers tiers, Direction direction, String field,
            List<Violation> violations) {
        int before = violations.size();
        String prefix = field + ".tiers.";
        boolean targetValid = required(tiers.target(), ViolationCode.MEASURE_TARGET_REQUIRED, prefix + "target",
                violations);
        boolean floorValid = tiers.floor() == null || number(tiers.floor(), prefix + "floor", violations);
        boolean stretchValid = tiers.stretch() == null || number(tiers.stretch(), prefix + "stretch", violations);
        // Without a direction there is no order to check (sign 0 makes every comparison pass).
        int sign = direction == null ? 0 : direction == Direction.INCREASE ? 1 : -1;
        if (targetValid && floorValid && tiers.floor() != null
                && sign * tiers.floor().compareTo(tiers.target()) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_FLOOR_BEYOND_TARGET, prefix + "floor",
                    tiers.floor().toPlainString(), tiers.target().toPlainString()));
        }
        if (targetValid && stretchValid && tiers.stretch() != null
                && sign * tiers.stretch().compareTo(tiers.target()) < 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_STRETCH_SHORT_OF_TARGET, prefix + "stretch",
                    tiers.stretch().toPlainString(), tiers.target().toPlainString()));
        }
        return violations.size() == before;
    }

    private static Measure band(MeasureDraft draft, String field, List<Violation> violations) {
        boolean lowValid = required(draft.low(), ViolationCode.MEASURE_LOW_REQUIRED, field + ".low", violations);
        boolean highValid = required(draft.high(), ViolationCode.MEASURE_HIGH_REQUIRED, field + ".high", violations);
        String unit = unit(draft.unit(), field, violations);
        if (lowValid && highValid && draft.low().compareTo(draft.high()) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_LOW_ABOVE_HIGH, field + ".low",
                    draft.low().toPlainString(), draft.high().toPlainString()));
        }
        return violations.isEmpty() ? new BandMeasure(draft.low(), draft.high(), unit) : null;
    }

    private static Measure milestone(MeasureDraft draft, String field, List<Violation> violations) {
        String description = draft.description() == null ? "" : draft.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            violations.add(Violation.of(ViolationCode.MEASURE_DESCRIPTION_TOO_LONG, field + ".description",
                    String.valueOf(MAX_DESCRIPTION)));
            return null;
        }
        return new MilestoneMeasure(description);
    }

    private Measure issues(MeasureDraft draft, String field, List<Violation> violations) {
        ProgressBasis basis = draft.basis() == null ? defaultBasis : draft.basis();
        StatusWeights weights = defaultWeights;
        boolean own = basis == ProgressBasis.STATUS_WEIGHTED && draft.statusWeights() != null;
        if (own) {
            weights = weights(draft.statusWeights(), field + ".statusWeights.", violations);
        }
        String fieldId = null;
        TargetTiers tiers = null;
        if (basis == ProgressBasis.NUMERIC_FIELD) {
            fieldId = draft.numericFieldId() == null ? "" : draft.numericFieldId().strip();
            if (fieldId.isEmpty()) {
                violations.add(Violation.of(ViolationCode.MEASURE_FIELD_REQUIRED, field + ".numericFieldId"));
            } else if (!FIELD_ID.matcher(fieldId).matches()) {
                violations.add(Violation.of(ViolationCode.MEASURE_FIELD_ID_INVALID, field + ".numericFieldId"));
            }
            MeasureDraft.Tiers draftTiers = draft.tiers() == null
                    ? new MeasureDraft.Tiers(null, null, null) : draft.tiers();
            int before = violations.size();
            boolean tiersValid = tiers(draftTiers, Direction.INCREASE, field, violations);
            boolean targetChecked = violations.subList(before, violations.size()).stream()
                    .noneMatch(violation -> violation.field().equals(field + ".tiers.target"));
            if (targetChecked && draftTiers.target() != null && draftTiers.target().signum() <= 0) {
                violations.add(Violation.of(ViolationCode.MEASURE_TARGET_NOT_POSITIVE, field + ".tiers.target"));
                tiersValid = false;
            }
            if (tiersValid) {
                tiers = new TargetTiers(draftTiers.floor(), draftTiers.target(), draftTiers.stretch());
            }
        }
        violations.addAll(WorkLink.check(draft.links(), field + ".links"));
        return violations.isEmpty() ? new IssueMeasure(basis, weights, fieldId, tiers, draft.links(), own) : null;
    }

    private static StatusWeights weights(MeasureDraft.Weights draft, String prefix, List<Violation> violations) {
        Validated<StatusWeights> weights = StatusWeights.of(draft.toDo(), draft.inProgress(), draft.done(), prefix);
        if (!weights.isValid()) {
            violations.addAll(weights.errors());
            return null;
        }
        return weights.value();
    }

    private static String unit(String unit, String field, List<Violation> violations) {
        String stripped = unit == null ? "" : unit.strip();
        if (stripped.length() > MAX_UNIT) {
            violations.add(Violation.of(ViolationCode.MEASURE_UNIT_TOO_LONG, field + ".unit",
                    String.valueOf(MAX_UNIT)));
        } else if (stripped.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(ViolationCode.MEASURE_UNIT_CONTROL_CHARACTERS, field + ".unit"));
        }
        return stripped;
    }

    private static boolean required(BigDecimal value, ViolationCode missing, String field,
            List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.of(missing, field));
            return false;
        }
        return number(value, field, violations);
    }

    /** Checks size and precision; whether the number is acceptable. */
    private static boolean number(BigDecimal value, String field, List<Violation> violations) {
        if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
            violations.add(Violation.of(ViolationCode.MEASURE_NUMBER_TOO_LARGE, field,
                    MAX_MAGNITUDE.toPlainString()));
            return false;
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(Violation.of(ViolationCode.MEASURE_NUMBER_TOO_PRECISE, field,
                    String.valueOf(MAX_DECIMALS)));
            return false;
        }
        return true;
    }
}
