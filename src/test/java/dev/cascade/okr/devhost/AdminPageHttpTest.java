package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cascade.okr.core.model.Period;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * The administration page over HTTP (issue 14): who may open it (anonymous to the login page, a signed-in
 * non-administrator 403 in their language, an administrator through websudo), what it shows (each section's values and
 * version, the seed examples under the stored scheme, decorated by the admin decorator with the page's web-resources
 * and the sidebar item current), the dev host's Administration and Manage apps pages with Configure, and the live
 * preview's door (administrators only; a scheme that could not be saved is 400 with the field named).
 */
public class AdminPageHttpTest extends DevHostHttpTest {

    private static final String PAGE = "/plugins/servlet/cascade/admin";
    private static final String PREVIEW = "/rest/cascade/1.0/views/admin/scheme-preview";
    private static final String SCHEME = "/rest/cascade/1.0/settings/appraisal-scheme";
    private static final String AUDIT = "/rest/cascade/1.0/settings/audit";

    @Test
    public void shouldSendAnonymousReadersToTheLoginPageComingBack() throws Exception {
        HttpResponse<String> answer = HOST.get(PAGE + "?x=1", null);

        assertEquals(302, answer.statusCode());
        assertEquals("/devhost/signin?back=%2Fplugins%2Fservlet%2Fcascade%2Fadmin%3Fx%3D1",
                answer.headers().firstValue("Location").orElse(""));
    }

    @Test
    public void shouldRefuseSignedInNonAdministratorsInTheirLanguageWithoutAskingForWebsudo() throws Exception {
        HttpResponse<String> bob = HOST.get(PAGE, "bob");
        HttpResponse<String> zhang = HOST.get(PAGE, "zhang");

        assertEquals(403, bob.statusCode());
        assertTrue(bob.body(), bob.body().contains("Only Jira administrators may change Cascade&#39;s settings."));
        assertFalse(bob.body(), bob.body().contains("cascade-admin-levels"));
        assertEquals(403, zhang.statusCode());
        assertTrue(zhang.body(), zhang.body().contains("只有 Jira 管理员可以更改 Cascade 的设置。"));
    }

    @Test
    public void shouldAskAnAdministratorToConfirmTheirPasswordFirst() throws Exception {
        HttpResponse<String> answer = HOST.get(PAGE, "alice");

        assertEquals(302, answer.statusCode());
        assertEquals("/devhost/websudo?back=%2Fplugins%2Fservlet%2Fcascade%2Fadmin",
                answer.headers().firstValue("Location").orElse(""));
        HttpResponse<String> wrong = confirm("alice", "bob");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    public void shouldShowEverySectionWithItsVersionToAnAdministratorInAdminChrome() throws Exception {
        HttpResponse<String> answer = page("alice");

        assertEquals(answer.body(), 200, answer.statusCode());
        String html = answer.body();
        for (String section : new String[] {"levels", "scheme", "tracking", "issues", "company-goals", "managers"}) {
            assertTrue(section, html.contains("id=\"cascade-admin-" + section + "\""));
        }
        assertTrue(html, html.contains("name=\"levels[0].key\" value=\"company\""));
        assertTrue(html, html.contains("name=\"resultsWeight\" data-type=\"number\" value=\"70\""));
        assertTrue(html, html.contains("data-target=\"/rest/cascade/1.0/settings/appraisal-scheme\""));
        // The seed examples under the default scheme: 甲 96% and 4 → 91.2 Good; 乙 115% and 5 → 100 Excellent.
        assertTrue(html, html.matches("(?s).*cascade-admin-preview-composite\">91\\.2.*"));
        assertTrue(html, html.matches("(?s).*cascade-admin-preview-grade\">Good<.*"));
        assertTrue(html, html.matches("(?s).*cascade-admin-preview-grade\">Excellent<.*"));
        // Decorated: the dev host's chrome, the page's web-resources, the sidebar with this page's item current.
        assertTrue(html, html.contains("devhost-banner"));
        assertTrue(html, html.contains("cascade-admin-resources/cascade-admin.js"));
        assertTrue(html, html.contains("<li class=\"aui-nav-selected\"><a href=\"/plugins/servlet/cascade/admin\" "
                + "id=\"cascade-admin-link\" aria-current=\"page\">Cascade OKR settings</a>"));
        assertFalse(html, html.contains("<meta name=\"decorator\""));
    }

    @Test
    public void shouldNotLetAnotherUserUseAnAdministratorsSecureSession() throws Exception {
        String cookie = cookie(confirm("alice", "alice"));

        HttpResponse<String> bob = HOST.send("GET", PAGE, "bob", null, "Cookie", cookie);

        assertEquals(403, bob.statusCode());
    }

    @Test
    public void shouldListTheAppWithConfigureOnManageAppsAndTheSectionInAdministration() throws Exception {
        HttpResponse<String> upm = HOST.get("/plugins/servlet/upm", "alice");
        HttpResponse<String> admin = HOST.get("/secure/admin", "alice");

        assertEquals(200, upm.statusCode());
        assertTrue(upm.body(), upm.body().contains(
                "id=\"devhost-upm-configure\" href=\"/plugins/servlet/cascade/admin\""));
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body(), admin.body().contains("id=\"cascade-admin-link\""));
        assertEquals(403, HOST.get("/plugins/servlet/upm", "bob").statusCode());
        assertEquals(403, HOST.get("/secure/admin", "bob").statusCode());
        assertEquals(302, HOST.get("/secure/admin", null).statusCode());
        assertTrue(HOST.get("/", "alice").body().contains("id=\"devhost-administration\""));
        assertFalse(HOST.get("/", "bob").body().contains("id=\"devhost-administration\""));
    }

    @Test
    public void shouldPreviewTheSeedExamplesUnderTheSchemeSentWithoutSavingIt() throws Exception {
        JsonNode scheme = ok(HOST.get(SCHEME, "alice"));
        ObjectNode edited = (ObjectNode) scheme.deepCopy();
        ((ObjectNode) edited.path("gradeBands").path(0)).put("minScore", 100);
        ((ObjectNode) edited.path("gradeBands").path(1)).put("minScore", 95);

        HttpResponse<String> preview = HOST.postJson(PREVIEW, "alice", edited.toString());

        assertEquals(preview.body(), 200, preview.statusCode());
        assertTrue(preview.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        // 91.2 is now below Good (95): Pass; 100 still reaches Excellent (100).
        assertTrue(preview.body(), preview.body().matches("(?s).*grade\">Pass<.*grade\">Excellent<.*"));
        assertEquals(scheme.path("version").asLong(), ok(HOST.get(SCHEME, "alice")).path("version").asLong());
    }

    @Test
    public void shouldRefuseThePreviewToOthersAndNameTheFieldOfABadScheme() throws Exception {
        JsonNode scheme = ok(HOST.get(SCHEME, "alice"));
        ObjectNode bad = (ObjectNode) scheme.deepCopy();
        bad.put("resultsWeight", 80);

        assertEquals(401, HOST.postJson(PREVIEW, null, scheme.toString()).statusCode());
        assertEquals(403, HOST.postJson(PREVIEW, "bob", scheme.toString()).statusCode());
        JsonNode refused = ok(HOST.postJson(PREVIEW, "zhang", scheme.toString()), 403);
        assertFalse(refused.path("errors").path(0).path("message").asText().isEmpty());
        JsonNode invalid = ok(HOST.postJson(PREVIEW, "alice", bad.toString()), 400);
        assertTrue(invalid.toString(), invalid.toString().contains("resultsWeight"));
    }

    @Test
    public void shouldWriteAnAuditRowForEverySaveAndNoneForARefusedOneReadableByAdministratorsOnly()
            throws Exception {
        String thresholds = "/rest/cascade/1.0/settings/tracking-thresholds";
        long version = ok(HOST.get(thresholds, "alice")).path("version").asLong();
        int before = ok(HOST.get(AUDIT, "alice")).path("total").asInt();

        ok(HOST.putJson(thresholds, "alice", "{\"version\":" + version
                + ",\"thresholds\":{\"onTrackPercent\":-7,\"atRiskPercent\":-25}}"));
        ok(HOST.putJson(thresholds, "alice", "{\"version\":" + version
                + ",\"thresholds\":{\"onTrackPercent\":-3,\"atRiskPercent\":-25}}"), 409);
        ok(HOST.putJson(thresholds, "alice", "{\"version\":" + (version + 1)
                + ",\"thresholds\":{\"onTrackPercent\":5,\"atRiskPercent\":-25}}"), 400);

        JsonNode audit = ok(HOST.get(AUDIT + "?limit=1", "alice"));
        assertEquals(before + 1, audit.path("total").asInt());
        JsonNode newest = audit.path("entries").path(0);
        assertEquals("tracking.thresholds", newest.path("setting").asText());
        assertEquals(version + 1, newest.path("version").asLong());
        assertEquals("alice", newest.path("by").asText());
        assertTrue(newest.toString(), newest.path("changes").asText().contains("\u2192 -7"));
        assertEquals(1, audit.path("entries").size());
        assertEquals(401, HOST.get(AUDIT, null).statusCode());
        assertEquals(403, HOST.get(AUDIT, "bob").statusCode());
        assertEquals("limit", ok(HOST.get(AUDIT + "?limit=0", "alice"), 400).path("errors").path(0).path("field")
                .asText());
        assertEquals("offset", ok(HOST.get(AUDIT + "?offset=x", "alice"), 400).path("errors").path(0)
                .path("field").asText());
        String html = page("alice").body();
        assertTrue(html, html.contains("class=\"cascade-admin-audit-row\""));
        assertTrue(html, html.contains("Tracking thresholds"));
    }

    @Test
    public void shouldGradeAnExistingCompositeByTheBandsSavedOnThePage() throws Exception {
        AppraisalHttp.setManagers(HOST, "carol", "pat");
        long goal = AppraisalHttp.insertMeasuredGoal(HOST, "carol", "Sign 50 customers", Period.year(2026),
                "individual", "New customers:100:50");
        AppraisalHttp.checkIn(HOST, "carol", AppraisalHttp.keyResultIds(HOST, goal).get(0), "48", "2026-11-30");
        JsonNode a = ok(HOST.postJson("/rest/cascade/1.0/appraisals", "pat", "{\"objectiveId\":" + goal + "}"),
                201);
        String appraisal = "/rest/cascade/1.0/appraisals/" + a.path("id").asLong();
        ok(HOST.postJson(appraisal + "/self-assessment", "carol",
                "{\"version\":1,\"score\":4,\"comment\":\"48\"}"));
        ok(HOST.postJson(appraisal + "/manager-assessment", "pat", "{\"version\":2,\"processScore\":4,"
                + "\"comment\":\"Solid\",\"suggestion\":\"Plan earlier\"}"));
        String person = "/rest/cascade/1.0/people/carol/appraisal?period=2026";
        JsonNode composite = ok(HOST.get(person, "alice"));
        assertEquals("91.2", composite.path("score").decimalValue().toPlainString());
        assertEquals("good", composite.path("grade").asText());

        // The administrator moves Good up to 92, as the page's scheme form sends it.
        JsonNode scheme = ok(HOST.get(SCHEME, "alice"));
        ObjectNode edited = (ObjectNode) scheme.deepCopy();
        ((ObjectNode) edited.path("gradeBands").path(1)).put("minScore", 92);
        ok(HOST.putJson(SCHEME, "alice", edited.toString()));

        assertEquals("pass", ok(HOST.get(person, "alice")).path("grade").asText());
        assertEquals("pass", ok(HOST.get(person, "carol")).path("grade").asText());
        ObjectNode back = (ObjectNode) scheme.deepCopy();
        ok(HOST.putJson(SCHEME, "alice", back.put("version", scheme.path("version").asLong() + 1).toString()));
    }

    @Test
    public void shouldSaveWhoCreatesCompanyGoalsWithItsVersionAuditedAndRefuseOthers() throws Exception {
        String path = "/rest/cascade/1.0/settings/company-goals";
        JsonNode read = ok(HOST.get(path, "bob"));
        assertTrue(read.path("adminOnly").asBoolean());
        long version = read.path("version").asLong();

        JsonNode saved = ok(HOST.putJson(path, "alice", "{\"version\":" + version + ",\"adminOnly\":false}"));

        assertEquals(version + 1, saved.path("version").asLong());
        assertFalse(ok(HOST.get(path, "zhang")).path("adminOnly").asBoolean());
        assertTrue(HOST.get(AUDIT + "?limit=1", "alice").body().contains("goals.company-admin-only"));
        assertEquals(409, HOST.putJson(path, "alice", "{\"version\":" + version + ",\"adminOnly\":true}")
                .statusCode());
        assertEquals("adminOnly", ok(HOST.putJson(path, "alice", "{\"version\":" + (version + 1) + "}"), 400)
                .path("errors").path(0).path("field").asText());
        assertEquals(403, HOST.putJson(path, "bob", "{\"version\":" + (version + 1) + ",\"adminOnly\":true}")
                .statusCode());
        assertTrue(page("alice").body().contains("id=\"cascade-admin-company-admin-only\" name=\"adminOnly\""));
        ok(HOST.putJson(path, "alice", "{\"version\":" + (version + 1) + ",\"adminOnly\":true}"));
    }

    @Test
    public void shouldShowStoredPayloadsAsInertTextInTheFormsAndTheAuditList() throws Exception {
        String[] payloads = {"<script>window.cascadeXss=1</script>", "<img src=x onerror=\"window.cascadeXss=1\">",
            "\"><svg onload=window.cascadeXss=1>", "${7*7}", "#set($x = 1)$x", "{{7*7}}",
            "javascript:window.cascadeXss=1"};
        StringBuilder levels = new StringBuilder("[");
        for (int i = 0; i < payloads.length; i++) {
            levels.append(i == 0 ? "" : ",").append("{\"key\":\"level").append(i).append("\",\"name\":")
                    .append(GoalsHttp.JSON.writeValueAsString(payloads[i])).append(",\"nameZh\":")
                    .append(GoalsHttp.JSON.writeValueAsString(payloads[i])).append('}');
        }
        String path = "/rest/cascade/1.0/settings/levels";
        JsonNode read = ok(HOST.get(path, "alice"));
        ok(HOST.putJson(path, "alice", "{\"version\":" + read.path("version").asLong() + ",\"levels\":" + levels
                + "],\"maxAlignmentDepth\":8}"));
        try {
            String html = page("alice").body();

            assertFalse(html, html.contains("<script>window.cascadeXss"));
            assertFalse(html, html.contains("<img src=x"));
            assertFalse(html, html.contains("<svg onload"));
            assertTrue(html, html.contains("value=\"&lt;script&gt;window.cascadeXss=1&lt;/script&gt;\""));
            assertTrue(html, html.contains("value=\"&quot;&gt;&lt;svg onload=window.cascadeXss=1&gt;\""));
            assertTrue(html, html.contains("value=\"${7*7}\""));
            assertTrue(html, html.contains("value=\"#set($x = 1)$x\""));
            assertTrue(html, html.contains("&lt;script&gt;window.cascadeXss=1&lt;/script&gt;,level1:"));
        } finally {
            ok(HOST.putJson(path, "alice", read.deepCopy().toString().replaceFirst("\"version\":\\d+",
                    "\"version\":" + (read.path("version").asLong() + 1))));
        }
    }

    private static HttpResponse<String> confirm(String user, String password) throws Exception {
        return HOST.send("POST", "/devhost/websudo?back=%2Fplugins%2Fservlet%2Fcascade%2Fadmin", user,
                ("password=" + password).getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded");
    }

    private static String cookie(HttpResponse<String> confirmed) {
        assertEquals(confirmed.body(), 303, confirmed.statusCode());
        assertEquals(PAGE, confirmed.headers().firstValue("Location").orElse(""));
        String header = confirmed.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
    }

    /** The page as {@code user} after confirming their password. */
    static HttpResponse<String> page(String user) throws Exception {
        return HOST.send("GET", PAGE, user, null, "Cookie", cookie(confirm(user, user)));
    }
}
