package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.rest.http.JsonRequestFilter;
import jakarta.ws.rs.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * What the REST door refuses, on the dev host: every case answers its 4xx in the API's error shape with the field
 * and code of its first error and a message, and the database is the same afterwards.
 * <ul>
 * <li>Every write endpoint — found by reading the plugin's resources, so a new one is covered without editing this
 * table — refuses a body that is not {@code application/json} in UTF-8 with 415: no content type, plain text,
 * a form, another charset (each with {@code X-Atlassian-Token: no-check}, so that Jira's XSRF check lets it through
 * to the plugin).</li>
 * <li>A method an address does not take is 405 in the error shape.</li>
 * <li>Bodies: a field given twice (also {@code version}), bytes that are not UTF-8, lone surrogates, and control and
 * bidirectional-override characters in every kind of text field.</li>
 * <li>Filters naming an unknown project, level or owner are 400 at their field; a project the caller may not browse
 * answers exactly as one that does not exist.</li>
 * <li>Linking work as carol, who browses OPS only: an epic, issue or JQL query of a project she may not browse is
 * refused exactly as one that does not exist, and a JQL query that covers issues she may not browse is refused.</li>
 * </ul>
 */
public class RequestDoorBadInputHttpTest extends BadInputRunner {

    /** The plugin's REST base: {@code <rest path="/cascade" version="1.0">} in the descriptor. */
    private static final String REST = "/rest/cascade/1.0";
    private static final String KEY_RESULTS = REST + "/key-results";
    private static final String TOKEN = "X-Atlassian-Token";
    private static final String NO_CHECK = "no-check";
    private static final String JSON = "application/json";

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() throws Exception {
        List<Object[]> c = new ArrayList<>();
        // 415 on every write endpoint, whatever the path parameters name: the door answers before the resource.
        for (String[] endpoint : writeEndpoints()) {
            String method = endpoint[0];
            String path = endpoint[1];
            String name = method + " " + path.substring(REST.length());
            byte[] body = bytes("{}");
            add(c, name + ": no Content-Type", method, "alice", path, body, 415, null,
                    "request.media-type-unsupported", TOKEN, NO_CHECK);
            add(c, name + ": text/plain", method, "alice", path, body, 415, null, "request.media-type-unsupported",
                    "Content-Type", "text/plain", TOKEN, NO_CHECK);
            add(c, name + ": a form", method, "alice", path, bytes("version=1"), 415, null,
                    "request.media-type-unsupported", "Content-Type", "application/x-www-form-urlencoded",
                    TOKEN, NO_CHECK);
            add(c, name + ": JSON in Latin-1", method, "alice", path, body, 415, null,
                    "request.media-type-unsupported", "Content-Type", JSON + "; charset=ISO-8859-1");
            add(c, name + ": JSON in UTF-16", method, "alice", path, "{}".getBytes(StandardCharsets.UTF_16), 415,
                    null, "request.media-type-unsupported", "Content-Type", JSON + ";charset=UTF-16");
        }
        // 405 in the error shape
        add(c, "PATCH a goal", "PATCH", "bob", GOALS + "/{goal}", bytes("{}"), 405, null,
                "request.method-not-allowed", "Content-Type", JSON);
        add(c, "DELETE the goal list", "DELETE", "bob", GOALS, null, 405, null, "request.method-not-allowed");
        add(c, "POST to a goal", "POST", "bob", GOALS + "/{goal}", bytes("{}"), 405, null,
                "request.method-not-allowed", "Content-Type", JSON);
        add(c, "PUT the cascade", "PUT", "bob", REST + "/cascade", bytes("{}"), 405, null,
                "request.method-not-allowed", "Content-Type", JSON);

        // Duplicate fields: Jackson kept the last one, also for version.
        json(c, "duplicate title", "POST", "bob", GOALS, goal("\"title\":\"A\",\"title\":\"B\""), "title",
                "request.duplicate-field");
        json(c, "duplicate version", "PUT", "bob", GOALS + "/{goal}",
                "{\"version\":1,\"version\":999," + GoalsHttp.update(1, "bob", "T").substring(13), "version",
                "request.duplicate-field");
        json(c, "duplicate nested field", "POST", "bob", GOALS,
                goal("\"title\":\"A\"").replace("\"unit\":{\"project\":\"CASC\"}",
                        "\"unit\":{\"project\":\"CASC\",\"project\":\"OPS\"}"), "unit.project",
                "request.duplicate-field");
        json(c, "duplicate field in a list", "PUT", "bob", KEY_RESULTS + "/{krIssues}/links",
                "{\"version\":1,\"links\":[{\"epic\":\"CASC-1\",\"epic\":\"OPS-1\"}]}", "links[0].epic",
                "request.duplicate-field");
        json(c, "duplicate value of a check-in", "POST", "bob", KEY_RESULTS + "/{kr}/check-ins",
                "{\"value\":1,\"value\":2,\"confidence\":5}", "value", "request.duplicate-field");

        // Bytes that are not UTF-8, at their field; never stored with a replacement character or "?".
        raw(c, "Latin-1 byte in a title", "POST", "bob", GOALS, concat(bytes(goal("\"title\":\"Caf")),
                new byte[] {(byte) 0xE9}, bytes("\"}")), "title", "request.encoding-invalid");
        raw(c, "encoded surrogate (CESU-8) in a description", "POST", "bob", GOALS,
                concat(bytes(goal("\"title\":\"T\",\"description\":\"a")),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, bytes("\"}")), "description",
                "request.encoding-invalid");
        raw(c, "truncated sequence in a progress note", "POST", "bob", KEY_RESULTS + "/{kr}/check-ins",
                concat(bytes("{\"value\":1,\"confidence\":5,\"progressNote\":\"\u5b63"),
                        new byte[] {(byte) 0xE5, (byte) 0xAD}, bytes("\"}")), "progressNote",
                "request.encoding-invalid");
        raw(c, "invalid byte in a JQL link", "PUT", "bob", KEY_RESULTS + "/{krIssues}/links",
                concat(bytes("{\"version\":1,\"links\":[{\"jql\":\"project = CASC"), new byte[] {(byte) 0xFF},
                        bytes("\"}]}")), "links[0].jql", "request.encoding-invalid");

        // Lone surrogates, escaped or raw
        json(c, "lone high surrogate in a title", "POST", "bob", GOALS, goal("\"title\":\"A\\ud800B\""), "title",
                "text.character-not-allowed");
        json(c, "lone low surrogate in a description", "POST", "bob", GOALS,
                goal("\"title\":\"T\",\"description\":\"\\udfff\""), "description", "text.character-not-allowed");
        json(c, "swapped surrogates in a check-in", "POST", "bob", KEY_RESULTS + "/{kr}/check-ins",
                "{\"value\":1,\"confidence\":5,\"problems\":\"\\ude00\\ud83d\"}", "problems",
                "text.character-not-allowed");

        // Control and bidirectional characters, one rule for every kind of text field
        String rlo = "\u202E";
        String[][] kinds = {
            // single-line: a title, a key, a nested code, a name in a list, a settings key
            {"POST", "bob", GOALS, goal("\"title\":\"Invoice" + rlo + "fdp.exe\""), "title"},
            {"POST", "bob", GOALS, goal("\"title\":\"T\",\"ownerKey\":\"bo" + rlo + "b\""), "ownerKey"},
            {"POST", "bob", GOALS, goal("\"title\":\"T\"").replace("\"value\":\"2026-Q1\"",
                    "\"value\":\"2026-Q1\u2066\""), "period.value"},
            {"PUT", "alice", REST + "/people/bob/managers", "{\"managers\":[\"pat\u2067\"],\"version\":0}",
                "managers[0]"},
            {"PUT", "bob", KEY_RESULTS + "/{krIssues}/links", "{\"version\":1,\"links\":[{\"epic\":\"CASC-1"
                + rlo + "\"}]}", "links[0].epic"},
            // multi-line: a description, a check-in note, a JQL query
            {"POST", "bob", GOALS, goal("\"title\":\"T\",\"description\":\"line\\nline" + rlo + "\""),
                "description"},
            {"POST", "bob", KEY_RESULTS + "/{kr}/check-ins", "{\"value\":1,\"confidence\":5,\"nextSteps\":\"a\u2069\"}",
                "nextSteps"},
            {"PUT", "bob", KEY_RESULTS + "/{krIssues}/links", "{\"version\":1,\"links\":[{\"jql\":\"project = CASC"
                + rlo + "\"}]}", "links[0].jql"},
        };
        for (String[] kind : kinds) {
            json(c, "bidi override in " + kind[4], kind[0], kind[1], kind[2], kind[3], kind[4],
                    "text.character-not-allowed");
            String control = kind[3].replace(rlo, "\\u0007").replace("\u2066", "\\u001b").replace("\u2067", "\\u0000")
                    .replace("\u2069", "\\u0085");
            json(c, "control character in " + kind[4], kind[0], kind[1], kind[2], control, kind[4],
                    "text.character-not-allowed");
        }
        json(c, "line break in a title", "POST", "bob", GOALS, goal("\"title\":\"Two\\nlines\""), "title",
                "text.character-not-allowed");
        json(c, "tab in an owner key", "POST", "bob", GOALS, goal("\"title\":\"T\",\"ownerKey\":\"bob\\t\""),
                "ownerKey", "text.character-not-allowed");
        json(c, "bidi override in a field name", "POST", "bob", GOALS, goal("\"title\":\"T\",\"ti" + rlo
                + "tle\":\"x\""), "ti" + rlo + "tle", "text.character-not-allowed");

        // Filters naming what does not exist (or what the caller may not see) answer 400 at their field.
        for (String list : List.of(GOALS, KEY_RESULTS)) {
            String name = list.substring(REST.length());
            get(c, name + ": unknown project", "bob", list + "?project=NOPE", "project", "project.unknown");
            get(c, name + ": project the caller may not browse", "bob", list + "?project=OPS", "project",
                    "project.unknown");
            get(c, name + ": unknown level", "bob", list + "?level=galaxy", "level", "level.unknown");
            get(c, name + ": unknown owner", "bob", list + "?owner=nobody", "owner", "user.unknown");
            get(c, name + ": owner with a control character", "bob", list + "?owner=bob%00", "owner",
                    "user.unknown");
        }
        get(c, "/cascade: project the caller may not browse", "carol", REST + "/cascade?project=CASC&period=2026",
                "project", "project.unknown");

        // Linking work as the person linking: carol browses OPS only.
        String carolLinks = KEY_RESULTS + "/{carolKr}/links";
        for (String[] link : new String[][] {{"epic", "CASC-1"}, {"epic", "CASC-99999"}, {"issue", "CASC-2"},
                {"issue", "WEB-99999"}, {"epic", "MOB-1"}}) {
            json(c, "carol links " + link[0] + " " + link[1], "PUT", "carol", carolLinks,
                    "{\"version\":{carolKrVersion},\"links\":[{\"epic\":\"OPS-1\"},{\"" + link[0] + "\":\""
                    + link[1] + "\"}]}", "links[1]", "epic.unknown");
        }
        json(c, "carol creates a key result linking a CASC epic", "POST", "carol", GOALS + "/{carolGoal}/key-results",
                "{\"title\":\"Onboarding\",\"weight\":10,\"measure\":{\"kind\":\"issues\",\"basis\":"
                + "\"issue-count-done\",\"links\":[{\"epic\":\"CASC-1\"}]}}", "measure.links[0]", "epic.unknown");
        json(c, "carol creates a goal linking a CASC issue", "POST", "carol", GOALS, "{\"title\":\"T\","
                + "\"level\":\"team\",\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"OPS\"},\"keyResults\":["
                + "{\"title\":\"K\",\"weight\":100,\"measure\":{\"kind\":\"issues\",\"basis\":\"issue-count-done\","
                + "\"links\":[{\"issue\":\"CASC-2\"}]}}]}", "keyResults[0].measure.links[0]", "epic.unknown");
        // A project or issue she may not browse reads as one that does not exist; so does JQL that does not parse.
        for (String jql : List.of("project = CASC", "project = NOPE", "project = OPS AND issuekey = CASC-2",
                "project = OPS AND parent = WEB-3", "project = OPS AND", "statusCategory = Dune")) {
            json(c, "carol links JQL " + jql, "PUT", "carol", carolLinks, "{\"version\":{carolKrVersion},"
                    + "\"links\":[{\"jql\":\"" + jql + "\"}]}", "links[0]", "link.jql-invalid");
        }
        // Valid for carol and naming nothing she may not see, but matching CASC, WEB and MOB issues too.
        for (String jql : List.of("statusCategory = Done", "issuetype = Epic")) {
            json(c, "carol links JQL covering hidden issues: " + jql, "PUT", "carol", carolLinks,
                    "{\"version\":{carolKrVersion},\"links\":[{\"jql\":\"" + jql + "\"}]}", "links[0]",
                    "link.jql-hidden-issues");
        }
        return c;
    }

    @Override
    protected void placeholders(Map<String, Object> ids) throws Exception {
        putIds(ids, http.create("bob", GoalsHttp.goal("bob", "members")));
        JsonNode carols = http.create("carol", "{\"title\":\"Keep OPS up\",\"level\":\"team\","
                + "\"period\":{\"value\":\"2026\"},\"unit\":{\"project\":\"OPS\"},\"keyResults\":["
                + "{\"title\":\"Monitoring done\",\"weight\":100,\"measure\":{\"kind\":\"issues\","
                + "\"basis\":\"issue-count-done\",\"links\":[{\"epic\":\"OPS-1\"}]}}]}");
        ids.put("carolGoal", carols.path("id").asLong());
        ids.put("carolKr", carols.path("keyResults").get(0).path("id").asLong());
        ids.put("carolKrVersion", carols.path("keyResults").get(0).path("version").asLong());
        assertEquals(1, carols.path("keyResults").get(0).path("measure").path("links").size());
    }

    /** Every (method, path) of the plugin's resources that writes: POST, PUT, PATCH and DELETE. */
    static List<String[]> writeEndpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(JsonRequestFilter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/cascade/okr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        JsonRequestFilter.class.getClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null || !Set.of("POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = REST + join(base.value(), sub == null ? "" : sub.value());
                    found.add(verb + " " + path.replaceAll("\\{quarter[^}]*}", "2026-Q1")
                            .replaceAll("\\{userKey[^}]*}", "bob").replaceAll("\\{[^}]*}", "1"));
                }
            }
        }
        assertTrue("found no write endpoint", found.size() > 20);
        return found.stream().map(e -> e.split(" ", 2)).toList();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String a = base.startsWith("/") ? base : "/" + base;
        if (sub.isEmpty()) {
            return a;
        }
        return (a.endsWith("/") ? a.substring(0, a.length() - 1) : a) + (sub.startsWith("/") ? sub : "/" + sub);
    }

    /** A goal of bob's in CASC with the given first fields, the rest valid. */
    private static String goal(String fields) {
        return "{" + fields + ",\"level\":\"team\",\"period\":{\"value\":\"2026-Q1\"},\"unit\":{\"project\":\"CASC\"}}";
    }

    private static void add(List<Object[]> c, String name, String method, String user, String path, byte[] body,
            int status, String field, String code, String... headers) {
        c.add(new Object[] {name, method, user, path, null, status, field, code, body, headers});
    }

    private static void json(List<Object[]> c, String name, String method, String user, String path, String body,
            String field, String code) {
        add(c, name, method, user, path, bytes(body), 400, field, code, "Content-Type", JSON + "; charset=utf-8");
    }

    private static void raw(List<Object[]> c, String name, String method, String user, String path, byte[] body,
            String field, String code) {
        add(c, name, method, user, path, body, 400, field, code, "Content-Type", JSON);
    }

    private static void get(List<Object[]> c, String name, String user, String path, String field, String code) {
        add(c, name, "GET", user, path, null, 400, field, code);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** The body's bytes, {@code null} for none: they need not be UTF-8. */
    @Parameter(8)
    public byte[] bytes;

    /** The request's headers: name, value, name, value... */
    @Parameter(9)
    public String[] headers;

    @Test
    public void shouldAnswerClientErrorNamingFieldAndChangeNothingWhenInputIsBad() throws Exception {
        String resolvedPath = fill(path);
        // Placeholders are ASCII; Latin-1 maps every byte to one char and back, so other bytes stay as they are.
        byte[] resolvedBody = bytes == null ? null
                : fill(new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedAndUnchanged(() -> HOST.send(method, resolvedPath, user, resolvedBody, headers))
                .notAMessageKey();
        if (status == 405) {
            assertFalse(HOST.send(method, resolvedPath, user, resolvedBody, headers).headers().allValues("Allow")
                    .isEmpty());
        }
    }
}
