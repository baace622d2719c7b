package dev.cascade.okr.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the JSON of Jira's Cascade REST answers for the macros (decision 0021: the one place outside {@code rest}
 * that uses Jackson, to read, never to write). A body or field that is not what {@code docs/rest-api.md} documents is
 * a {@link Malformed}, which the macro shows as "Jira's answer could not be read" instead of a half-drawn table.
 */
final class JiraJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JiraJson() {
    }

    /** Jira's answer did not have the documented shape. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String what) {
            super(what);
        }
    }

    /** The body as a JSON object. */
    static JsonNode object(String body) throws Malformed {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Malformed("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Malformed("the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A required text field. */
    static String text(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Malformed("no text at " + field);
        }
        return value.asText();
    }

    /** An optional text field: empty when absent or {@code null}. */
    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? "" : value.asText();
    }

    /** A required whole number. */
    static long id(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new Malformed("no whole number at " + field);
        }
        return value.asLong();
    }

    /** A required array. */
    static JsonNode array(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new Malformed("no array at " + field);
        }
        return value;
    }

    /** A required object. */
    static JsonNode child(JsonNode node, String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new Malformed("no object at " + field);
        }
        return value;
    }

    /** A required day ({@code YYYY-MM-DD}). */
    static LocalDate day(JsonNode node, String field) throws Malformed {
        try {
            return LocalDate.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new Malformed("no day at " + field);
        }
    }

    /** A JSON number as it was written, or {@code null} when the node is not a number. */
    static BigDecimal number(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    /**
     * A progress ({@code {known, percent, noDataReason}}, docs/rest-api.md "A progress") as the Jira pages show it: the
     * per-cent when known, else the translated reason.
     */
    static ProgressView progress(JsonNode progress, Translator i18n) throws Malformed {
        if (progress == null || !progress.isObject() || !progress.path("known").isBoolean()) {
            throw new Malformed("no progress");
        }
        if (progress.get("known").asBoolean()) {
            JsonNode percent = progress.get("percent");
            if (percent == null || !percent.isNumber()) {
                throw new Malformed("no percent in a known progress");
            }
            int whole = percent.intValue();
            return new ProgressView(true, whole, whole + "%");
        }
        String reason = optionalText(progress, "noDataReason");
        if (!reason.matches("[A-Z_]{1,40}")) {
            throw new Malformed("no reason in a progress without data");
        }
        return new ProgressView(false, 0,
                i18n.text("cascade.progress.no-data." + reason.toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** The message of Jira's error answer ({@code {errors:[{message}]}}), or empty when it has none. */
    static String errorMessage(String body) {
        try {
            JsonNode errors = object(body).path("errors");
            return errors.isArray() && !errors.isEmpty() ? optionalText(errors.get(0), "message") : "";
        } catch (Malformed e) {
            return "";
        }
    }
}
