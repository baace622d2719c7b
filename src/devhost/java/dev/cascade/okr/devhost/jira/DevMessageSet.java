package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.util.MessageSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The dev host's parse errors. The mirror of {@link MessageSet} has no members (Cascade reads none), so Jira's
 * {@code getErrorMessages()} and {@code hasAnyErrors()} are offered without {@code @Override}: they keep compiling
 * whether or not the mirror gains them.
 */
public final class DevMessageSet implements MessageSet {

    private final Set<String> errors;

    DevMessageSet(Set<String> errors) {
        this.errors = Set.copyOf(new LinkedHashSet<>(errors));
    }

    /** No messages. */
    static DevMessageSet none() {
        return new DevMessageSet(Set.of());
    }

    /** One error. */
    static DevMessageSet error(String message) {
        return new DevMessageSet(Set.of(message));
    }

    /** The error messages, in English as Jira's own are for the searcher's locale. */
    public Set<String> getErrorMessages() {
        return errors;
    }

    /** Whether there is any error. */
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public String toString() {
        return errors.toString();
    }
}
