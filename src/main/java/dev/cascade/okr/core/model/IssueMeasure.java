package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A key result driven by linked Jira work (epics, single issues, JQL filters), read on one {@link ProgressBasis}.
 *
 * <p>Invariants: basis, weights and links are present and the links hold no {@code null} (their format, count and
 * uniqueness are checked by {@link WorkLink#check} before a measure is built). For {@link ProgressBasis#NUMERIC_FIELD}
 * the field id is not blank and the tiers are present with a positive target, ordered upwards (the sum of the field
 * over Done issues grows from 0 towards the target); for every other basis the field id and the tiers do not apply
 * and are held as {@code null} whatever was given.
 *
 * @param basis how issues become progress
 * @param statusWeights partial credit per status category; used by {@link ProgressBasis#STATUS_WEIGHTED}
 * @param numericFieldId the Jira field summed by {@link ProgressBasis#NUMERIC_FIELD}, e.g.
 *     {@code customfield_10010}; {@code null} for other bases
 * @param tiers floor, target and stretch of the field's sum for {@link ProgressBasis#NUMERIC_FIELD}, in the
 *     field's unit; {@code null} for other bases
 * @param links the linked Jira work, in the order people entered it
 * @param ownWeights whether the key result set its own status weights; when not, {@code statusWeights} is the
 *     site-wide default, resolved by {@link #withSiteWeights} wherever progress is computed (issue 14)
 */
public record IssueMeasure(ProgressBasis basis, StatusWeights statusWeights, String numericFieldId,
        TargetTiers tiers, List<WorkLink> links, boolean ownWeights) implements Measure {

    /** Checks the invariants and drops what the basis does not use. */
    public IssueMeasure {
        Require.present("basis", basis, "statusWeights", statusWeights);
        links = List.copyOf(links);
        if (basis == ProgressBasis.NUMERIC_FIELD) {
            if (numericFieldId == null || numericFieldId.isBlank()) {
                throw new IllegalArgumentException("a numeric-field key result needs the field id");
            }
            Objects.requireNonNull(tiers, "tiers");
            if (tiers.target().signum() <= 0 || !tiers.fits(Direction.INCREASE)) {
                throw new IllegalArgumentException("numeric-field tiers need a positive target, ordered upwards: "
                        + tiers);
            }
        } else {
            numericFieldId = null;
            tiers = null;
        }
    }

    /** A measure whose key result set its own status weights. */
    public IssueMeasure(ProgressBasis basis, StatusWeights statusWeights, String numericFieldId, TargetTiers tiers,
            List<WorkLink> links) {
        this(basis, statusWeights, numericFieldId, tiers, links, true);
    }

    /**
     * An issue-driven measure on a basis that needs no field and no tiers, following the site-wide default weights
     * (the built-in {@link StatusWeights#defaults()} until resolved).
     */
    public static IssueMeasure of(ProgressBasis basis, List<WorkLink> links) {
        return new IssueMeasure(basis, StatusWeights.defaults(), null, null, links, false);
    }

    /**
     * This measure with the site-wide default weights in force when it did not set its own; itself when it did. Every
     * computation of progress from issues resolves the weights through here.
     */
    public IssueMeasure withSiteWeights(StatusWeights site) {
        Objects.requireNonNull(site, "site");
        return ownWeights || site.equals(statusWeights) ? this
                : new IssueMeasure(basis, site, numericFieldId, tiers, links, false);
    }

    /** This measure linked to other work, everything else kept. */
    public IssueMeasure withLinks(List<WorkLink> newLinks) {
        return new IssueMeasure(basis, statusWeights, numericFieldId, tiers, newLinks, ownWeights);
    }

    /** The target of the numeric field's sum, or {@code null} when the basis is not {@code NUMERIC_FIELD}. */
    public BigDecimal target() {
        return tiers == null ? null : tiers.target();
    }

    /**
     * This numeric-field measure with another target, floor and stretch kept, or empty when the basis has no target
     * or the target would not fit (it must be positive and between the floor and the stretch).
     */
    public java.util.Optional<IssueMeasure> withTarget(BigDecimal newTarget) {
        Objects.requireNonNull(newTarget, "newTarget");
        if (tiers == null) {
            return java.util.Optional.empty();
        }
        TargetTiers moved = new TargetTiers(tiers.floor(), newTarget, tiers.stretch());
        if (newTarget.signum() <= 0 || !moved.fits(Direction.INCREASE)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new IssueMeasure(basis, statusWeights, numericFieldId, moved, links,
                ownWeights));
    }

    @Override
    public Kind kind() {
        return Kind.ISSUES;
    }
}
