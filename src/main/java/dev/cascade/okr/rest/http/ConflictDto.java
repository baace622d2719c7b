package dev.cascade.okr.rest.http;

import java.util.List;

/**
 * The body of a 409: the usual errors ({@code version.stale}) and the current state of what the caller tried to
 * change, in the same shape a read answers.
 *
 * @param errors what went wrong
 * @param current the current state
 */
public record ConflictDto(List<ErrorDto> errors, Object current) {
}
