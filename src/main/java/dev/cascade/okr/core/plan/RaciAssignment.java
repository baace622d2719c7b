package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.util.Objects;

/**
 * One person's part in an initiative or a task.
 *
 * @param person who
 * @param role the part they play
 */
public record RaciAssignment(UserRef person, RaciRole role) {

    /** Checks that both are given. */
    public RaciAssignment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
    }
}
