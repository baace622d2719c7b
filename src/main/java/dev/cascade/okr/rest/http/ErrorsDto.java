package dev.cascade.okr.rest.http;

import java.util.List;

/**
 * The body of every failed request: {@code {"errors":[...]}}.
 *
 * @param errors at least one error
 */
public record ErrorsDto(List<ErrorDto> errors) {
}
