package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.util.MessageSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The dev host's parse and validation errors. The mirror of {@link MessageSet} declares only {@code hasAnyErrors()}
 * (what Cascade asks); Jira's {@code getErrorMessages()} is offered without {@code @Override}.
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
    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public String toString() {
        return errors.toString();
    }
}
