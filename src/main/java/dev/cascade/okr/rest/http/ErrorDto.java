package dev.cascade.okr.rest.http;

/**
 * One error of a failed request.
 *
 * @param field the JSON path of the offending field, or {@code null} for the whole request
 * @param code the stable violation code
 * @param message the message in the caller's language
 */
public record ErrorDto(String field, String code, String message) {
}
