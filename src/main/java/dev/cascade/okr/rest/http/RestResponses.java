package dev.cascade.okr.rest.http;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns outcomes into HTTP responses: one status per failure kind, one error shape, translated messages. */
public final class RestResponses {

    private RestResponses() {
    }

    /**
     * The {@code ?version=} of a request: empty when absent (the service then answers {@code version.required}), 400
     * {@code request.wrong-type} when it is not a whole number.
     */
    public static Outcome<Optional<Long>> versionParameter(String version) {
        try {
            return Outcome.success(version == null ? Optional.empty() : Optional.of(Long.valueOf(version)));
        } catch (NumberFormatException e) {
            return Outcome.failure(Outcome.Failure.INVALID, Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "version"));
        }
    }

    /** The body parsed into {@code type} and answered by {@code answer}, or 400 naming the field that is wrong. */
    public static <T> Response withBody(String body, Class<T> type, I18nResolver i18n, Function<T, Response> answer) {
        Outcome<T> parsed = JsonBodies.read(body, type);
        return parsed.isSuccess() ? answer.apply(parsed.value()) : failure(parsed, i18n);
    }

    /** 200 with the value mapped by {@code toDto}, or the failure (a conflict with its current state mapped alike). */
    public static <T> Response ok(Outcome<T> outcome, I18nResolver i18n, Function<? super T, ?> toDto) {
        return outcome.isSuccess() ? json(Response.Status.OK, toDto.apply(outcome.value()))
                : failure(outcome, i18n, toDto);
    }

    /**
     * The response for a failed outcome; a conflict (409) also carries the current state as {@code current}, mapped by
     * {@code toDto}, so that the caller can show it and try again.
     */
    public static <T> Response failure(Outcome<T> outcome, I18nResolver i18n, Function<? super T, ?> toDto) {
        if (outcome.failure() != Outcome.Failure.CONFLICT) {
            return failure(outcome, i18n);
        }
        ConflictDto body = new ConflictDto(outcome.violations().stream().map(v -> error(v, i18n)).toList(),
                toDto.apply(outcome.current().orElseThrow()));
        return Response.status(409).entity(JsonBodies.write(body)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The response for a failed outcome. */
    public static Response failure(Outcome<?> outcome, I18nResolver i18n) {
        ErrorsDto body = new ErrorsDto(outcome.violations().stream().map(v -> error(v, i18n)).toList());
        return Response.status(status(outcome.failure()))
                .entity(JsonBodies.write(body))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /**
     * One error with a status no failure kind has (405, 415), in the API's error shape. Core names no such kind: they
     * are refusals of the HTTP door, not of a rule.
     */
    public static Response error(int status, Violation violation, I18nResolver i18n) {
        return Response.status(status).entity(JsonBodies.write(new ErrorsDto(List.of(error(violation, i18n)))))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Findings (e.g. warnings) in the error shape, with messages in the caller's language. */
    public static java.util.List<ErrorDto> errors(java.util.List<Violation> violations, I18nResolver i18n) {
        return violations.stream().map(v -> error(v, i18n)).toList();
    }

    /** A JSON response with a status. */
    public static Response json(Response.Status status, Object body) {
        return Response.status(status).entity(JsonBodies.write(body)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Core names states and grades in message arguments by their i18n keys ({@code cascade.grade.good}), so that they
     * read in the caller's language too; every other argument is inserted as it is.
     */
    private static ErrorDto error(Violation violation, I18nResolver i18n) {
        Serializable[] args = violation.args().stream()
                .map(arg -> arg.startsWith(I18N_PREFIX) ? i18n.getText(arg) : arg)
                .toArray(Serializable[]::new);
        return new ErrorDto(violation.field(), violation.code().code(),
                i18n.getText(violation.code().messageKey(), args));
    }

    private static final String I18N_PREFIX = "cascade.";

    private static int status(Outcome.Failure failure) {
        return switch (failure) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT, CLOSED -> 409;
        };
    }
}
