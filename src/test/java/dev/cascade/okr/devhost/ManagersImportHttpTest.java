package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.Test;

/**
 * Importing who manages whom from CSV (issue 14): an administrator's valid file replaces each person's managers; every
 * bad file — wrong header, unknown user, someone managing themselves, a cycle with the chart, a person twice, not
 * UTF-8, empty, too large, too many managers, an unclosed quote, not base64 — is refused with its row and column in
 * the reader's language, and writes nothing (the database is the same before and after); only administrators import.
 */
public class ManagersImportHttpTest extends DevHostHttpTest {

    private static final String IMPORT = "/rest/cascade/1.0/settings/managers-import";

    @Test
    public void shouldReplaceEachPersonsManagersFromAValidFile() throws Exception {
        JsonNode imported = ok(post("alice", csv("\uFEFFperson,managers\r\nbob,zhang\r\n\r\ncarol,\"zhang; pat\"\r\n"
                + "pat,\r\n")));

        assertEquals(3, imported.path("imported").asInt());
        assertEquals("zhang", ok(HOST.get("/rest/cascade/1.0/people/bob/managers", "alice")).path("managers")
                .path(0).asText());
        assertEquals("[\"pat\",\"zhang\"]", ok(HOST.get("/rest/cascade/1.0/people/carol/managers", "alice"))
                .path("managers").toString());
        assertEquals(0, ok(HOST.get("/rest/cascade/1.0/people/pat/managers", "alice")).path("managers").size());
    }

    @Test
    public void shouldRefuseEveryBadFileByRowAndColumnAndWriteNothing() throws Exception {
        refused("wrong header", csv("name,boss\nbob,zhang\n"), "file.rows[1]",
                "Row 1, the header, must be person,managers.");
        refused("unknown user", csv("person,managers\nbob,zhang\ncarol,nobody\n"), "file.rows[3].managers",
                "Row 3, column managers: there is no user nobody.");
        refused("self-management", csv("person,managers\nbob,bob\n"), "file.rows[2].managers",
                "Row 2, column managers: bob cannot manage bob");
        refused("duplicate", csv("person,managers\nbob,zhang\ncarol,zhang\nbob,pat\n"), "file.rows[4].person",
                "Row 4, column person: bob is already on row 2.");
        refused("cycle across rows", csv("person,managers\nbob,carol\ncarol,bob\n"), "file.rows[3].managers",
                "Row 3, column managers:");
        refused("not UTF-8", b64(new byte[] {'p', 'e', 'r', 's', 'o', 'n', ',', 'm', (byte) 0xE9, '\n'}), "file",
                "The file is not UTF-8 text");
        refused("empty", b64(new byte[0]), "file", "The file is empty");
        refused("header only", csv("person,managers\n"), "file", "The file is empty");
        refused("too large", b64(new byte[256 * 1024 + 1]), "file", "The file is larger than 256 KB.");
        refused("unclosed quote", csv("person,managers\nbob,\"zhang\n"), "file.rows[2]",
                "Row 2: a row has two columns");
        refused("three columns", csv("person,managers\nbob,zhang,pat\n"), "file.rows[2]",
                "Row 2: a row has two columns");
        refused("bad key", csv("person,managers\n\"b\u0001ob\",zhang\n"), "file.rows[2].person",
                "Row 2, column person: enter a user key");
        refused("not base64", "{\"file\":\"***\"}", "file", null);
        refused("no file", "{}", "file", null);
    }

    @Test
    public void shouldRefuseOthersAndTellAChineseReaderInChinese() throws Exception {
        String body = csv("person,managers\nbob,zhang\n");
        String before = HOST.dumpDatabase();

        assertEquals(401, post(null, body).statusCode());
        assertEquals(403, post("bob", body).statusCode());
        assertEquals(before, HOST.dumpDatabase());
        JsonNode answer = ok(HOST.postJson(IMPORT, "zhang", body), 403);
        assertTrue(answer.toString(), !answer.path("errors").path(0).path("message").asText().isEmpty());
    }

    private void refused(String what, String body, String field, String message) throws Exception {
        String before = HOST.dumpDatabase();
        JsonNode answer = ok(post("alice", body), 400);
        assertEquals(what + ": " + answer, field, answer.path("errors").path(0).path("field").asText());
        if (message != null) {
            assertTrue(what + ": " + answer, answer.path("errors").path(0).path("message").asText()
                    .startsWith(message));
        }
        assertEquals(what, before, HOST.dumpDatabase());
    }

    private static java.net.http.HttpResponse<String> post(String user, String body) throws Exception {
        return HOST.postJson(IMPORT, user, body);
    }

    private static String csv(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return "{\"file\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }
}
