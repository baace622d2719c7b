package dev.cascade.okr.core.model;

/**
 * Something that is either done or not, e.g. "new pricing page live".
 *
 * <p>Invariant: the description is never {@code null} (possibly empty).
 *
 * @param description what "done" means, for the people checking in; {@code null} is taken as empty
 */
public record MilestoneMeasure(String description) implements Measure {

    /** Normalises a missing description to empty. */
    public MilestoneMeasure {
        description = description == null ? "" : description;
    }

    @Override
    public Kind kind() {
        return Kind.MILESTONE;
    }
}
