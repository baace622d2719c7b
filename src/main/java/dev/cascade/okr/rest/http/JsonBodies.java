package dev.cascade.okr.rest.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.cascade.okr.core.validation.TextCharacterRule;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes JSON with Cascade's own strict mapper, so that a malformed body, a wrong type or an unknown field
 * becomes a violation naming the field, whatever JSON provider the host's REST stack has. Every body passes here:
 * its bytes must be UTF-8 ({@link #decode}, called by {@link JsonRequestFilter}), no object may name a field twice
 * and every text must pass core's {@link TextCharacterRule} ({@link #screen}) before anything is bound.
 */
public final class JsonBodies {

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
    public static final String BODY = "body";

    /**
     * Parses a request body into a type, or says which field is wrong: the field whose value has the wrong type, or
     * for malformed JSON (a bad token such as {@code NaN}, a body cut short) the field being read when the parser
     * stopped, or {@value #BODY} when it stopped outside any field.
     */
    public static <T> Outcome<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return malformed(BODY);
        }
        Optional<Violation> smuggled = screen(body);
        if (smuggled.isPresent()) {
            return Outcome.failure(Failure.INVALID, smuggled.get());
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

    /**
     * Fields whose text may hold line breaks and tabs ({@link TextCharacterRule}): the free texts people write in
     * several lines, and JQL (core allows line breaks in a query). Every other text field (titles, keys, names, codes,
     * dates) is single-line. A text inside a list counts as the list's field.
     */
    public static final Set<String> MULTI_LINE_FIELDS = Set.of("description", "progressNote", "problems", "solutions",
            "nextSteps", "reason", "comment", "suggestion", "resolution", "contingency", "subjectiveCauses",
            "objectiveCauses", "improvement", "nextQuarterAdjustment", "supportNeeded", "note", "notes", "jql");

    /**
     * The first thing a well-formed body must not carry, before any of it is bound: a field named twice in one object
     * ({@code request.duplicate-field}: Jackson would keep the last, so {@code version} could be given twice with two
     * meanings), or a text — a value or a field name — with a character {@link TextCharacterRule} refuses. Malformed
     * JSON is left for the binding to report, so that it reads the same as before.
     */
    public static Optional<Violation> screen(String body) {
        Deque<Set<String>> names = new ArrayDeque<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> names.push(new HashSet<>());
                    case END_OBJECT -> names.poll();
                    case FIELD_NAME -> {
                        String name = parser.getCurrentName();
                        Optional<Violation> bad = TextCharacterRule.check(name, false, where(parser));
                        if (bad.isPresent()) {
                            return bad;
                        }
                        if (!names.isEmpty() && !names.peek().add(name)) {
                            return Optional.of(Violation.of(ViolationCode.REQUEST_DUPLICATE_FIELD, where(parser),
                                    name));
                        }
                    }
                    case VALUE_STRING -> {
                        String field = where(parser);
                        Optional<Violation> bad = TextCharacterRule.check(parser.getText(), multiLine(parser), field);
                        if (bad.isPresent()) {
                            return bad;
                        }
                    }
                    default -> {
                    }
                }
                if (parser.getParsingContext().inRoot()) {
                    break; // one document; what trails it is the binding's to report
                }
            }
        } catch (java.io.IOException e) {
            // malformed: the binding names where
        }
        return Optional.empty();
    }

    /** Whether the text being read belongs to a multi-line field: the nearest field name above it decides. */
    private static boolean multiLine(JsonParser parser) {
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            if (context.inObject()) {
                return context.getCurrentName() != null && MULTI_LINE_FIELDS.contains(context.getCurrentName());
            }
        }
        return false;
    }

    /**
     * The body's bytes as text when they are valid UTF-8; else 400 {@code request.encoding-invalid} naming the field
     * whose text holds the first invalid byte (or {@value #BODY}). An encoded surrogate (CESU-8, {@code ED A0 80}) is
     * invalid UTF-8 too. Nothing is ever decoded with a replacement character.
     */
    public static Outcome<String> decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_ENCODING_INVALID,
                    fieldAtEnd(before)));
        }
        out.flip();
        return Outcome.success(out.toString());
    }

    /** The field being read where {@code text} ends (a body cut short), or {@value #BODY}. */
    private static String fieldAtEnd(String text) {
        if (text.isBlank()) {
            return BODY;
        }
        JsonParser parser;
        try {
            parser = MAPPER.getFactory().createParser(text);
        } catch (java.io.IOException e) {
            return BODY;
        }
        try (parser) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    parser.getText();
                }
            }
        } catch (java.io.IOException e) {
            // the end of the text, inside the field to name
        }
        return where(parser);
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
    public static String write(Object value) {
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
