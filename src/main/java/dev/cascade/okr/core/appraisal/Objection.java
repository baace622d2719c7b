package dev.cascade.okr.core.appraisal;

import java.util.Objects;
import java.util.Optional;

/**
 * An objection to a goal raised during its confirmation, and its resolution once the other side has given one.
 *
 * <p>Invariants: the reason is not blank; a resolution, when present, is by the other party (checked by
 * {@link GoalConfirmation}) and has a text that is not blank.
 */
public final class Objection {

    private final Stamp raised;
    private final String reason;
    private final Stamp resolved;
    private final String resolution;

    Objection(Stamp raised, String reason, Stamp resolved, String resolution) {
        this.raised = Objects.requireNonNull(raised, "raised");
        this.reason = requireText(reason, "reason");
        if ((resolved == null) != (resolution == null)) {
            throw new IllegalArgumentException("a resolution needs both who and how");
        }
        this.resolved = resolved;
        this.resolution = resolution == null ? null : requireText(resolution, "resolution");
    }

    /**
     * An objection as it was stored, for stores reading it back; whether its parties fit is checked by
     * {@link GoalConfirmation#restore}.
     *
     * @param resolved who resolved it and when, or {@code null} while open
     * @param resolution how, or {@code null} while open
     * @throws IllegalArgumentException for a blank reason or resolution, or a resolution without its stamp (or the
     *     other way round)
     */
    public static Objection restore(Stamp raised, String reason, Stamp resolved, String resolution) {
        return new Objection(raised, reason, resolved, resolution);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }

    /** The objection resolved by someone, with how. */
    Objection resolvedBy(Stamp stamp, String text) {
        return new Objection(raised, reason, Objects.requireNonNull(stamp, "stamp"), text);
    }

    /** Who raised it, and when. */
    public Stamp raised() {
        return raised;
    }

    /** Why, in the author's words (trimmed). */
    public String reason() {
        return reason;
    }

    /** Whether it still waits for a resolution. */
    public boolean isOpen() {
        return resolved == null;
    }

    /** Who resolved it, and when; empty while open. */
    public Optional<Stamp> resolved() {
        return Optional.ofNullable(resolved);
    }

    /** How it was resolved (trimmed); empty while open. */
    public Optional<String> resolution() {
        return Optional.ofNullable(resolution);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Objection that && raised.equals(that.raised) && reason.equals(that.reason)
                && Objects.equals(resolved, that.resolved) && Objects.equals(resolution, that.resolution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raised, reason, resolved, resolution);
    }

    @Override
    public String toString() {
        return "Objection[" + raised + ": " + reason + (resolved == null ? "" : " -> " + resolved + ": " + resolution)
                + "]";
    }
}
