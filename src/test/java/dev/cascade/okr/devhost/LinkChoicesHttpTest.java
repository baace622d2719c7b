package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The link picker's read over HTTP, {@code GET /rest/cascade/1.0/link-choices}: each person finds only the epics and
 * issues of projects they may browse (bob and zhang not OPS, carol only OPS and not CASC), a key they may not browse
 * answers exactly as a key that names nothing, typed JQL is only text, and bad input is refused with a translated
 * error naming its field; nobody signed in is refused.
 */
public class LinkChoicesHttpTest extends DevHostHttpTest {

    private static HttpResponse<String> ask(String kind, String q, String user) throws Exception {
        return HOST.get("/rest/cascade/1.0/link-choices?kind=" + kind + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8), user);
    }

    private static List<String> keys(JsonNode body) {
        List<String> keys = new ArrayList<>();
        body.path("choices").forEach(choice -> keys.add(choice.path("key").asText()));
        return keys;
    }

    @Test
    public void shouldOfferTheEpicWithItsSummaryTypeAndStatusWhenPartOfItsSummaryIsTyped() throws Exception {
        JsonNode body = ok(ask("epic", "billing rev", "bob"));

        assertEquals(List.of("CASC-8"), keys(body));
        JsonNode choice = body.path("choices").path(0);
        assertEquals("Billing revamp", choice.path("summary").asText());
        assertEquals("Epic", choice.path("issueType").asText());
        assertEquals("To Do", choice.path("status").asText());
        assertEquals("to-do", choice.path("category").asText());
    }

    @Test
    public void shouldOfferOnlyIssuesThatAreNoEpicsWhenIssuesAreAsked() throws Exception {
        JsonNode issues = ok(ask("issue", "Invoices", "bob"));
        assertEquals(List.of("CASC-9"), keys(issues));
        assertEquals("Story", issues.path("choices").path(0).path("issueType").asText());

        assertEquals(List.of(), keys(ok(ask("issue", "Billing revamp", "bob"))));
        assertEquals(List.of("CASC-9"), keys(ok(ask("issue", "casc-9", "bob"))));
        assertEquals(List.of(), keys(ok(ask("epic", "CASC-9", "bob"))));
    }

    @Test
    public void shouldOfferOnlyWhatThePersonMayBrowseWhenAnotherProjectMatchesToo() throws Exception {
        assertEquals(List.of("OPS-1"), keys(ok(ask("epic", "service monitoring", "carol"))));
        assertEquals(List.of("OPS-1"), keys(ok(ask("epic", "OPS-1", "carol"))));

        assertEquals(List.of(), keys(ok(ask("epic", "service monitoring", "bob"))));
        assertEquals(List.of(), keys(ok(ask("epic", "Billing", "carol"))));
        assertEquals(List.of(), keys(ok(ask("issue", "Uptime", "zhang"))));
    }

    @Test
    public void shouldAnswerAHiddenKeyExactlyAsAMissingOne() throws Exception {
        HttpResponse<String> hidden = ask("epic", "OPS-1", "bob");
        HttpResponse<String> missing = ask("epic", "OPS-9999", "bob");

        assertEquals(200, hidden.statusCode());
        assertEquals(hidden.statusCode(), missing.statusCode());
        assertEquals(hidden.body(), missing.body());
        assertEquals(List.of(), keys(ok(hidden)));
    }

    @Test
    public void shouldTreatTypedJqlAsTextWhenItTriesToWidenTheSearch() throws Exception {
        for (String attack : List.of("x\" OR project = OPS OR summary ~ \"y", "monitoring\\\" OR issuetype = Epic",
                "Service) OR (project = OPS", "* ORDER BY key")) {
            JsonNode body = ok(ask("epic", attack, "bob"));
            for (String key : keys(body)) {
                assertFalse(attack + " found " + key, key.startsWith("OPS-"));
            }
        }
    }

    @Test
    public void shouldAnswerNoChoiceWhenNothingIsTyped() throws Exception {
        assertEquals(List.of(), keys(ok(ask("epic", "", "bob"))));
        assertEquals(List.of(), keys(ok(ask("issue", "   ", "bob"))));
        assertEquals(List.of(), keys(ok(HOST.get("/rest/cascade/1.0/link-choices?kind=epic", "bob"))));
    }

    @Test
    public void shouldRefuseWhenNobodyIsSignedIn() throws Exception {
        HttpResponse<String> response = ask("epic", "Billing", null);

        assertEquals(response.body(), 401, response.statusCode());
        assertEquals("auth.required", ok(response, 401).path("errors").path(0).path("code").asText());
    }

    @Test
    public void shouldRefuseAnUnknownKindNamingTheFieldInTheReadersLanguage() throws Exception {
        JsonNode english = ok(ask("feature", "Billing", "bob"), 400).path("errors").path(0);
        assertEquals("value.unknown", english.path("code").asText());
        assertEquals("kind", english.path("field").asText());
        assertTrue(english.path("message").asText(), english.path("message").asText().contains("epic, issue"));

        JsonNode missing = ok(HOST.get("/rest/cascade/1.0/link-choices?q=Billing", "zhang"), 400)
                .path("errors").path(0);
        assertEquals("value.unknown", missing.path("code").asText());
        assertEquals("kind", missing.path("field").asText());
        assertTrue(missing.path("message").asText(), missing.path("message").asText().contains("\u5141\u8bb8"));
    }

    @Test
    public void shouldRefuseATextTooLongOrWithControlCharactersNamingTheField() throws Exception {
        JsonNode tooLong = ok(ask("issue", "a".repeat(101), "zhang"), 400).path("errors").path(0);
        assertEquals("text.too-long", tooLong.path("code").asText());
        assertEquals("q", tooLong.path("field").asText());
        assertTrue(tooLong.path("message").asText(), tooLong.path("message").asText().contains("100"));
        assertTrue(tooLong.path("message").asText(), tooLong.path("message").asText().matches(".*[\u4e00-\u9fff].*"));
        assertEquals(200, ask("issue", "a".repeat(100), "zhang").statusCode());

        JsonNode control = ok(ask("issue", "Billing\u0007", "bob"), 400).path("errors").path(0);
        assertEquals("text.control-characters", control.path("code").asText());
        assertEquals("q", control.path("field").asText());
    }
}
