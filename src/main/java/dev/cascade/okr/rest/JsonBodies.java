package dev.cascade.okr.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.Outcome;
import dev.cascade.okr.service.Outcome.Failure;

/**
 * Reads and writes JSON with Cascade's own strict mapper, so that a malformed body, a wrong type or an unknown field
 * becomes a violation naming the field, whatever JSON provider the host's REST stack has.
 */
final class JsonBodies {

    /** Thread-safe once configured; holds no state that another node must see. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // 5.5 for a whole number is a wrong type, not a silently truncated 5.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // A number or boolean where text belongs is a wrong type, not silently the text "5".
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private JsonBodies() {
    }

    /** The field named when the body as a whole is wrong (empty, not JSON, not an object). */
    static final String BODY = "body";

    /**
     * Parses a request body into a type, or says which field is wrong: the field whose value has the wrong type, or
     * for malformed JSON (a bad token such as {@code NaN}, a body cut short) the field being read when the parser
     * stopped, or {@value #BODY} when it stopped outside any field.
     */
    static <T> Outcome<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return malformed(BODY);
        }
        JsonParser parser;
        try {
            parser = MAPPER.getFactory().createParser(body);
        } catch (java.io.IOException e) {
            return malformed(BODY);
        }
        try (parser) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                return malformed(BODY);
            }
            return Outcome.success(value);
        } catch (UnrecognizedPropertyException e) {
            return Outcome.failure(Failure.INVALID,
                    Violation.of(ViolationCode.REQUEST_UNKNOWN_FIELD, path(e), e.getPropertyName()));
        } catch (JsonMappingException e) {
            String field = path(e);
            if (e.getCause() instanceof JsonParseException) {
                // a bad token met while binding a field: malformed JSON, not a wrong type
                String stopped = where(parser);
                return malformed(stopped.equals(BODY) && field != null ? field : stopped);
            }
            return field == null ? malformed(BODY)
                    : Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_WRONG_TYPE, field));
        } catch (JsonProcessingException e) {
            return malformed(where(parser));
        } catch (java.io.IOException e) {
            return malformed(BODY);
        }
    }

    private static <T> Outcome<T> malformed(String field) {
        return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_MALFORMED, field));
    }

    /** {@code keyResults[0].title}: where the parser stopped, or {@value #BODY} outside every field. */
    private static String where(JsonParser parser) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.push(context.getCurrentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                parts.push("[" + context.getCurrentIndex() + "]");
            } else {
                return BODY;
            }
        }
        if (parts.isEmpty()) {
            return BODY;
        }
        StringBuilder field = new StringBuilder();
        for (String part : parts) {
            field.append(field.length() == 0 || part.startsWith("[") ? "" : ".").append(part);
        }
        return field.toString();
    }

    /** Serialises a response body. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
        }
    }

    /** {@code keyResults[0].title} from Jackson's reference path; {@code null} for the root. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }
}
