package dev.cascade.okr.rest.http;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What every resource does around its service call, once: who is calling, the JSON body read into its DTO (400 naming
 * the field), its version, the path id, and the outcome answered in the API's error shape with messages in the
 * caller's language. A resource method then reads as its request: parse, call the service, answer.
 */
public abstract class RestResource {

    private static final int SHOWN = 40;

    /** Who is signed in. */
    protected final UserManager users;

    /** Messages in the caller's language. */
    protected final I18nResolver i18n;

    /** With the host services every resource needs: the signed-in user and the messages. */
    protected RestResource(RestHost host) {
        this.users = host.users();
        this.i18n = host.i18n();
    }

    /** The caller of the current request. */
    protected final Caller caller() {
        return Callers.of(users);
    }

    /** The body parsed into {@code type} and answered by {@code answer}, or 400 naming the field that is wrong. */
    protected final <T> Response withBody(String body, Class<T> type, Function<T, Response> answer) {
        return RestResponses.withBody(body, type, i18n, answer);
    }

    /**
     * The body parsed into {@code type}, then its required {@code version} (a whole number), both answered by
     * {@code answer}; else 400 naming the field that is wrong.
     */
    protected final <T> Response withVersion(String body, Class<T> type, Function<T, BigDecimal> version,
            BiFunction<T, Long, Response> answer) {
        return withBody(body, type, dto -> {
            Outcome<Long> read = RequestNumbers.version(version.apply(dto));
            return read.isSuccess() ? answer.apply(dto, read.value()) : failure(read);
        });
    }

    /**
     * The {@code ?version=} of a request, {@code null} when absent (the service then answers {@code version.required}),
     * answered by {@code answer}; 400 {@code request.wrong-type} when it is not a whole number.
     */
    protected final Response withVersionParameter(String version, Function<Long, Response> answer) {
        Outcome<Optional<Long>> expected = RestResponses.versionParameter(version);
        return expected.isSuccess() ? answer.apply(expected.value().orElse(null)) : failure(expected);
    }

    /**
     * A path id that can exist (a positive whole number) made into its type and answered by {@code answer}; any other
     * text is answered by {@code unknown}.
     */
    protected final <I> Response withId(String id, LongFunction<I> type, Function<I, Response> answer,
            Supplier<Response> unknown) {
        I value = idOf(id, type);
        return value != null ? answer.apply(value) : unknown.get();
    }

    /**
     * One kind of path id for this resource: the type a positive whole number makes, and the answer to any other text
     * (the text itself given to it).
     */
    protected final <I> PathId<I> pathId(LongFunction<I> type, Function<String, Response> unknown) {
        return new PathId<>(type, unknown);
    }

    /** One kind of path id, read the same way by every method of a resource. */
    protected final class PathId<I> {

        private final LongFunction<I> type;
        private final Function<String, Response> unknown;

        private PathId(LongFunction<I> type, Function<String, Response> unknown) {
            this.type = type;
            this.unknown = unknown;
        }

        /** The id answered by {@code answer}, or the answer to an id that cannot exist. */
        public Response with(String id, Function<I, Response> answer) {
            return withId(id, type, answer, () -> unknown.apply(id));
        }

        /** The id as {@link #with} reads it, then the body parsed into {@code bodyType} (else 400), then answered. */
        public <T> Response withBody(String id, String body, Class<T> bodyType, BiFunction<I, T, Response> answer) {
            return with(id, value -> RestResource.this.withBody(body, bodyType, parsed -> answer.apply(value, parsed)));
        }
    }

    /** A path id that can exist (a positive whole number) made into its type, else {@code null}. */
    protected static <I> I idOf(String id, LongFunction<I> type) {
        OptionalLong value = positive(id);
        return value.isPresent() ? type.apply(value.getAsLong()) : null;
    }

    /** A positive whole number, else empty. */
    static OptionalLong positive(String id) {
        try {
            long value = Long.parseLong(id);
            return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * An id that cannot exist: 401 for nobody signed in, as for every other id, else 404 {@code code} naming
     * {@code field} and the value asked for.
     */
    protected final Response unknownId(ViolationCode code, String field, String shown) {
        return caller().userKey().isEmpty()
                ? failure(Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null)))
                : notFound(code, field, shown);
    }

    /** 404 {@code code} naming {@code field} and the value asked for. */
    protected final Response notFound(ViolationCode code, String field, String shown) {
        return failure(Outcome.failure(Failure.NOT_FOUND, Violation.of(code, field, shown)));
    }

    /** A path text as an error quotes it: its first 40 characters. */
    protected static String shown(String id) {
        return id.length() > SHOWN ? id.substring(0, SHOWN) : id;
    }

    /**
     * A whole number from the query: {@code null} when absent; -1 when it is no {@code int}, which the services refuse
     * after their access checks, as they refuse any value out of range.
     */
    /**
     * 400 {@code request.duplicate-parameter} at the first query parameter the request gives more than once (the REST
     * stack would silently keep one of them); empty when each is given once.
     */
    protected final Optional<Response> repeatedParameter(UriInfo uri) {
        return uri.getQueryParameters().entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> Inputs.shorten(e.getKey())).sorted().findFirst().map(name -> failure(Outcome.failure(
                        Failure.INVALID, Violation.of(ViolationCode.REQUEST_DUPLICATE_PARAMETER, name, name))));
    }

    protected static Integer queryNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The value of a successful {@code outcome} answered by {@code answer}, else the failure. */
    protected final <T> Response then(Outcome<T> outcome, Function<T, Response> answer) {
        return outcome.isSuccess() ? answer.apply(outcome.value()) : failure(outcome);
    }

    /** The response for a failed outcome. */
    protected final Response failure(Outcome<?> outcome) {
        return RestResponses.failure(outcome, i18n);
    }

    /** The response for the first failed outcome, if any. */
    protected final Optional<Response> firstFailure(Outcome<?>... outcomes) {
        for (Outcome<?> outcome : outcomes) {
            if (!outcome.isSuccess()) {
                return Optional.of(failure(outcome));
            }
        }
        return Optional.empty();
    }

    /** 200 with the value mapped by {@code toDto}, or the failure (a conflict with its current state mapped alike). */
    protected final <T> Response ok(Outcome<T> outcome, Function<? super T, ?> toDto) {
        return RestResponses.ok(outcome, i18n, toDto);
    }

    /** {@code status} with the value mapped, or the failure (a conflict with its current state mapped alike). */
    protected final <T> Response answer(Response.Status status, Outcome<T> outcome, Function<? super T, ?> toDto) {
        return outcome.isSuccess() ? RestResponses.json(status, toDto.apply(outcome.value()))
                : RestResponses.failure(outcome, i18n, toDto);
    }

    /** {@code status} with the value mapped, or the failure as it is. */
    protected final <T> Response json(Response.Status status, Outcome<T> outcome, Function<? super T, ?> toDto) {
        return outcome.isSuccess() ? RestResponses.json(status, toDto.apply(outcome.value())) : failure(outcome);
    }

    /** 204, or the failure (a conflict with its current state mapped by {@code toDto}). */
    protected final <T> Response noContent(Outcome<T> outcome, Function<? super T, ?> toDto) {
        return outcome.isSuccess() ? Response.noContent().build() : RestResponses.failure(outcome, i18n, toDto);
    }
}
