package dev.cascade.okr.devhost;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/**
 * The runner every bad-input test shares: a case is a request (method, caller, path, body, as the test's table gives
 * them) and expects a 4xx status and the field and code of the first error; {@link #assertRefusedAndUnchanged} sends
 * the request, checks the status, the error's field, code and a non-blank message, and that the database dump is the
 * same afterwards. The {@link Refusal} it answers takes the checks only some tables make (the message's language or
 * text). A subclass keeps its own table of cases, its host and how it sends a request.
 */
abstract class BadInputRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The request's method: GET, POST, PUT or DELETE. */
    protected final String method;

    /** Who calls, {@code null} for anonymous. */
    protected final String user;

    /** The path, or the part of it the test's table gives; it may hold placeholders the test fills in. */
    protected final String path;

    /** The body, {@code null} for none; it may hold placeholders the test fills in. */
    protected final String body;

    /** The status the bad input must get: 4xx. */
    protected final int status;

    /** The field the first error must name; {@code null} when it must name none. */
    protected final String field;

    /** The code of the first error. */
    protected final String code;

    private final DevHostFixture host;

    protected BadInputRunner(DevHostFixture host, String method, String user, String path, String body, int status,
            String field, String code) {
        this.host = host;
        this.method = method;
        this.user = user;
        this.path = path;
        this.body = body;
        this.status = status;
        this.field = field;
        this.code = code;
    }

    /** Sends one request. */
    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Sends the request and checks that it answers the expected 4xx status with {@code {"errors":[{field, code,
     * message}]}}: the first error names the expected field ({@code null} for none: the field is JSON null) and code,
     * with a message that is not blank; and that the database is the same afterwards.
     */
    protected Refusal assertRefusedAndUnchanged(Call call) throws Exception {
        String before = host.dumpDatabase();

        HttpResponse<String> response = call.send();

        String shown = response.body().length() > 500 ? response.body().substring(0, 500) : response.body();
        assertEquals(shown, status, response.statusCode());
        assertThat(shown, response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertEquals(shown, code, error.path("code").asText());
        assertTrue(shown, error.has("field"));
        assertEquals(shown, field, error.path("field").isNull() ? null : error.path("field").asText());
        assertFalse(shown, error.path("message").asText().isBlank());
        assertEquals("the database is unchanged", before, host.dumpDatabase());
        return new Refusal(shown, error.path("message").asText());
    }

    /** The message of a refused call, for the checks only some tables make. */
    static final class Refusal {

        private final String shown;
        private final String message;

        private Refusal(String shown, String message) {
            this.shown = shown;
            this.message = message;
        }

        /** zhang reads Chinese: when he is the caller, the message has CJK characters. */
        Refusal inChineseWhenCalledBy(String user) {
            if ("zhang".equals(user)) {
                assertThat("zhang reads Chinese: " + shown, message.chars().anyMatch(ch -> ch > 0x2e80), is(true));
            }
            return this;
        }

        /** The message is text, not an untranslated {@code cascade.} message key. */
        Refusal notAMessageKey() {
            assertThat(shown, message, not(startsWith("cascade.")));
            return this;
        }

        /** The message starts with the given text. */
        Refusal startingWith(String text) {
            assertThat(shown, message, startsWith(text));
            return this;
        }
    }
}
