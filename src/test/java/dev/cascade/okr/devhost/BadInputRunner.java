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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;

/**
 * The runner every bad-input test shares: a case is a request (name, method, caller, path, body, as the test's table
 * gives them, see {@link #table()}) and expects a 4xx status and the field and code of the first error;
 * {@link #assertRefusedAndUnchanged} sends the request, checks the status, the error's field, code and a non-blank
 * message, and that the database dump is the same afterwards. The {@link Refusal} it answers takes the checks only
 * some tables make (the message's language or text). A subclass keeps its own table of cases, what its placeholders
 * stand for, and its test method; it runs {@link Parameterized} (inherited) with {@code @Parameters(name = "{0}")},
 * on a freshly seeded dev host of its own ({@link #HOST}).
 */
@RunWith(Parameterized.class)
public abstract class BadInputRunner {

    /**
     * The dev host: a class rule is applied once for each test class that runs, so every suite starts a freshly
     * seeded dev host of its own and stops it afterwards.
     */
    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** PUT, DELETE and goal creation on {@link #HOST}, for making what the placeholders stand for. */
    protected final GoalsHttp http = new GoalsHttp(HOST);

    /** The case's name (its first parameter, what the test is called). */
    @Parameter(0)
    public String name;

    /** The request's method: GET, POST, PUT or DELETE. */
    @Parameter(1)
    public String method;

    /** Who calls, {@code null} for anonymous. */
    @Parameter(2)
    public String user;

    /** The path; it may hold placeholders the test fills in. */
    @Parameter(3)
    public String path;

    /** The body, {@code null} for none; it may hold placeholders the test fills in. */
    @Parameter(4)
    public String body;

    /** The status the bad input must get: 4xx. */
    @Parameter(5)
    public int status;

    /** The field the first error must name; {@code null} when it must name none. */
    @Parameter(6)
    public String field;

    /** The code of the first error. */
    @Parameter(7)
    public String code;

    /** A table of cases being built, in the order of the parameters above. */
    static Cases table() {
        return new Cases();
    }

    /** The cases of a table: one per request, each with the status, field and code its first error must have. */
    static final class Cases {

        private final List<Object[]> cases = new ArrayList<>();
        private String prefix = "";

        private Cases() {
        }

        /** The paths of the cases added from now on are below this one (such as the REST API's). */
        Cases below(String path) {
            prefix = path;
            return this;
        }

        /** A request given as "METHOD path", with a body ({@code null} for none). */
        Cases call(String name, String user, String call, String body, int status, String field, String code) {
            int space = call.indexOf(' ');
            return add(name, call.substring(0, space), user, call.substring(space + 1), body, status, field, code);
        }

        /**
         * Adds the cases of a table written as text. A case is a line {@code name -> status field code} followed by
         * an indented line {@code caller METHOD path body}: the caller {@code -} is anonymous, the field {@code -}
         * names none, the body is the rest of the line as it stands (none for GET and DELETE, possibly empty), and
         * further lines indented deeper still continue it, joined without a space. Lines starting with {@code #} are
         * notes.
         */
        Cases rows(String table) {
            String[] head = null;
            StringBuilder request = null;
            for (String line : table.split("\n")) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                if (!line.startsWith(" ")) {
                    add(head, request);
                    head = line.split(" -> ");
                    request = null;
                } else if (request == null) {
                    request = new StringBuilder(line.strip());
                } else {
                    request.append(line.strip());
                }
            }
            add(head, request);
            return this;
        }

        private void add(String[] head, StringBuilder request) {
            if (head == null) {
                return;
            }
            String[] outcome = head[1].split(" ");
            String[] words = request.toString().split(" ", 4);
            String body = words.length > 3 ? words[3] : "";
            add(head[0], words[1], dash(words[0]), words[2], body, Integer.parseInt(outcome[0]), dash(outcome[1]),
                    outcome[2]);
        }

        private static String dash(String word) {
            return "-".equals(word) ? null : word;
        }

        Cases get(String name, String user, String path, int status, String field, String code) {
            return add(name, "GET", user, path, null, status, field, code);
        }

        Cases post(String name, String user, String path, String body, int status, String field, String code) {
            return add(name, "POST", user, path, body, status, field, code);
        }

        Cases put(String name, String user, String path, String body, int status, String field, String code) {
            return add(name, "PUT", user, path, body, status, field, code);
        }

        Cases delete(String name, String user, String path, int status, String field, String code) {
            return add(name, "DELETE", user, path, null, status, field, code);
        }

        private Cases add(String name, String method, String user, String path, String body, int status,
                String field, String code) {
            cases.add(new Object[] {name, method, user, prefix + path, body, status, field, code});
            return this;
        }

        List<Object[]> list() {
            return cases;
        }
    }

    /** What the placeholders of the running suite stand for, made on first use (once per dev host). */
    private static final Map<String, Object> PLACEHOLDERS = new HashMap<>();

    @BeforeClass
    public static void forgetPlaceholders() {
        PLACEHOLDERS.clear();
    }

    /**
     * Makes what the suite's placeholders stand for (goals, key results, ...) on its dev host and puts each under its
     * name; called once per suite, before the first case fills its path and body. None by default.
     */
    protected void placeholders(Map<String, Object> values) throws Exception {
    }

    /**
     * The text with each placeholder {@code {name}} replaced by what it stands for; {@code null} stays {@code null}.
     */
    protected String fill(String text) throws Exception {
        if (PLACEHOLDERS.isEmpty()) {
            placeholders(PLACEHOLDERS);
        }
        if (text == null) {
            return null;
        }
        String filled = text;
        for (Map.Entry<String, Object> value : PLACEHOLDERS.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return filled;
    }

    /** The ids of a goal created over HTTP: {@code goal} its own, {@code kr} and {@code krIssues} its key results. */
    protected static void putIds(Map<String, Object> values, JsonNode goal) {
        values.put("goal", goal.path("id").asLong());
        values.put("kr", goal.path("keyResults").get(0).path("id").asLong());
        values.put("krIssues", goal.path("keyResults").get(1).path("id").asLong());
    }

    /**
     * Sends the case's method as its user to the path with the body (none for GET and DELETE), each with its
     * placeholders filled in, then checks as
     * {@link #assertRefusedAndUnchanged(Call)} does.
     */
    protected Refusal assertRefusedAndUnchanged() throws Exception {
        String filledPath = fill(path);
        String filledBody = "GET".equals(method) || "DELETE".equals(method) ? null : fill(body);
        return assertRefusedAndUnchanged(() -> HOST.sendJson(method, filledPath, user, filledBody));
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
        String before = HOST.dumpDatabase();

        HttpResponse<String> response = call.send();

        String shown = response.body().length() > 500 ? response.body().substring(0, 500) : response.body();
        assertEquals(shown, status, response.statusCode());
        assertThat(shown, response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertEquals(shown, code, error.path("code").asText());
        assertTrue(shown, error.has("field"));
        assertEquals(shown, field, error.path("field").isNull() ? null : error.path("field").asText());
        assertFalse(shown, error.path("message").asText().isBlank());
        assertEquals("the database is unchanged", before, HOST.dumpDatabase());
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
