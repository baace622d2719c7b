package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;

/**
 * A RACI role as a person submits it; either part may be missing ({@code null}).
 *
 * @param person who
 * @param role the part they play
 */
public record RaciAssignmentDraft(UserRef person, RaciRole role) {
}
