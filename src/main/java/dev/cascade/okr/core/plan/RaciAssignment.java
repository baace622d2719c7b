package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;

/**
 * One person's part in an initiative or a task.
 *
 * @param person who
 * @param role the part they play
 */
public record RaciAssignment(UserRef person, RaciRole role) {

    /** Checks that both are given. */
    public RaciAssignment {
        Require.present("person", person, "role", role);
    }
}
