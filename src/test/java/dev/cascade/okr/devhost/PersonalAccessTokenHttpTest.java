package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.devhost.web.DevAuthFilter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Personal access tokens at the dev host's door, as Jira 11 takes them: {@code Authorization: Bearer <token>} signs
 * the token's user in and nobody else; anything wrong with the header is 401 with a {@code WWW-Authenticate}
 * challenge, never the page header's cookie user and never anonymous; HTTP Basic works while it is on (the dev
 * host's default) and is refused with 401 once switched off, as Jira 11 ships. Token requests pass Jira's REST XSRF
 * check under the same rules as any other request (the check does not look at how the caller signed in).
 */
public class PersonalAccessTokenHttpTest extends DevHostHttpTest {

    /** A second dev host with HTTP Basic switched off ({@code -Dcascade.basicauth=false}). */
    @ClassRule
    public static final DevHostFixture NO_BASIC = DevHostFixture.seededWithoutBasicAuth();

    private static final List<String> USERS = List.of("alice", "bob", "zhang", "carol", "pat");
    private static final Pattern CURRENT_USER = Pattern.compile("<strong class=\"devhost-current-user\">([^<]*)<");
    private static final String COOKIE = DevAuthFilter.USER_COOKIE + "=alice";

    @Test
    public void shouldSignEachSampleTokenInAsItsOwnUser() throws Exception {
        for (String user : USERS) {
            HttpResponse<String> page = HOST.send("GET", "/", null, null, "Authorization", DevHostFixture.bearer(user));
            assertEquals(user, displayName(user), signedInAs(page));

            HttpResponse<String> role = HOST.send("GET", "/rest/cascade/1.0/people/" + user + "/role", null, null,
                    "Authorization", DevHostFixture.bearer(user));
            assertEquals(user + ": " + role.body(), 200, role.statusCode());
        }
    }

    @Test
    public void shouldNeverSignATokenInAsAnotherUser() throws Exception {
        // carol's token is not bob's: bob's role is his own or his managers' or administrators' business only.
        HttpResponse<String> asCarol = HOST.send("GET", "/rest/cascade/1.0/people/bob/role", null, null,
                "Authorization", DevHostFixture.bearer("carol"));
        assertEquals(asCarol.body(), 404, asCarol.statusCode());
        // A token with a user name in front, or one user's token in another's Basic password, is no one's.
        for (String header : new String[] {"Bearer bob:" + token("alice"), "Bearer alice" + token("alice"),
            "Bearer " + token("alice") + "bob", "Basic " + base64("bob:" + token("bob")),
            "Basic " + base64("alice:" + token("alice"))}) {
            assertUnauthorized(header, HOST.send("GET", GOALS, null, null, "Authorization", header), true);
        }
    }

    @Test
    public void shouldRefuseAnUnknownToken() throws Exception {
        String alice = token("alice");
        String wrongLastCharacter = alice.substring(0, alice.length() - 1) + (alice.endsWith("A") ? "B" : "A");
        for (String header : new String[] {"Bearer " + wrongLastCharacter, "Bearer " + alice.substring(1),
            "Bearer NjE2NzY2NzU3NjU0OrYfIjCz7mXkqkZ0Jf1KZlqGkCvA", "Bearer " + "A".repeat(1_000)}) {
            assertUnauthorized(header, HOST.send("GET", GOALS, null, null, "Authorization", header), true);
        }
    }

    @Test
    public void shouldRefuseMalformedHeadersWithoutFallingBackToTheCookieUser() throws Exception {
        String bob = token("bob");
        // Each malformed header follows the good one on the same connection: the server must read what was sent,
        // not a header line it remembers from an earlier request that differs only in case.
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer  " + bob, "bearer " + bob, "BEARER " + bob,
            "Bearer\t" + bob, "Bearer " + bob + " " + bob, "Bearer \"" + bob + "\"", "Token " + bob, bob,
            "Basic", "Basic !!!", "Basic " + base64("bob"), "Basic " + base64("bob:alice"), ""}) {
            HttpResponse<String> good = HOST.send("GET", GOALS, null, null, "Authorization", "Bearer " + bob);
            assertEquals(good.body(), 200, good.statusCode());
            HttpResponse<String> read = HOST.send("GET", GOALS, null, null, "Authorization", header, "Cookie", COOKIE);
            assertUnauthorized("[" + header + "]", read, true);
            HttpResponse<String> page = HOST.send("GET", "/", null, null, "Authorization", header, "Cookie", COOKIE);
            assertUnauthorized("page [" + header + "]", page, true);
        }
        // Without an Authorization header the cookie still picks the user, as the page header does.
        assertEquals("Alice Chen", signedInAs(HOST.send("GET", "/", null, null, "Cookie", COOKIE)));
    }

    @Test
    public void shouldRefuseATokenWithAByteOutsideAscii() throws Exception {
        String bob = token("bob");
        byte[] latin1 = ("Bearer " + bob.substring(0, 20) + "\u00e9" + bob.substring(20))
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = ("Bearer " + bob + "\u00e9").getBytes(StandardCharsets.UTF_8);
        for (byte[] header : new byte[][] {latin1, utf8}) {
            String answer = raw(HOST.uri(GOALS), header);
            assertTrue(answer, answer.startsWith("HTTP/1.1 401"));
            assertFalse("not the cookie user: " + answer, answer.contains("Customers onboard"));
            assertFalse(answer, answer.contains(bob));
        }
    }

    @Test
    public void shouldRefuseTwoAuthorizationHeadersEvenWhenOneIsGood() throws Exception {
        HttpResponse<String> twice = HOST.send("GET", GOALS, null, null, "Authorization", DevHostFixture.bearer("bob"),
                "Authorization", DevHostFixture.bearer("alice"));
        assertUnauthorized("two headers", twice, true);
    }

    @Test
    public void shouldUseTheTokenUserRatherThanTheCookieUser() throws Exception {
        HttpResponse<String> page = HOST.send("GET", "/", null, null, "Authorization", DevHostFixture.bearer("carol"),
                "Cookie", COOKIE);
        assertEquals("Carol Diaz", signedInAs(page));
    }

    @Test
    public void shouldStillSignInWithBasicWhileItIsOn() throws Exception {
        for (String user : USERS) {
            HttpResponse<String> page = HOST.send("GET", "/", null, null, "Authorization", DevHostFixture.basic(user));
            assertEquals(user, displayName(user), signedInAs(page));
        }
        HttpResponse<String> created = HOST.send("POST", GOALS, null, goal(), "Authorization",
                DevHostFixture.basic("bob"), "Content-Type", "application/json");
        assertEquals(created.body(), 201, created.statusCode());
    }

    @Test
    public void shouldRefuseBasicAndAcceptTokensWhenBasicIsOff() throws Exception {
        String before = NO_BASIC.dumpDatabase();
        for (String user : USERS) {
            HttpResponse<String> read = NO_BASIC.send("GET", GOALS, null, null, "Authorization",
                    DevHostFixture.basic(user));
            assertUnauthorized(user, read, false);
            assertTrue(read.body(), read.body().contains("Basic authentication is off"));
            assertTrue(read.body(), read.body().contains("personal access token"));
        }
        HttpResponse<String> write = NO_BASIC.send("POST", GOALS, null, goal(), "Authorization",
                DevHostFixture.basic("bob"), "Content-Type", "application/json", "Cookie", COOKIE);
        assertUnauthorized("write", write, false);
        assertEquals("a refused Basic write changes nothing", before, NO_BASIC.dumpDatabase());

        for (String user : USERS) {
            HttpResponse<String> page = NO_BASIC.send("GET", "/", null, null, "Authorization",
                    DevHostFixture.bearer(user));
            assertEquals(user, displayName(user), signedInAs(page));
        }
        HttpResponse<String> created = NO_BASIC.postJson(GOALS, "bob", GoalsHttp.goal("bob", "members"));
        assertEquals(created.body(), 201, created.statusCode());
    }

    @Test
    public void shouldApplyJirasXsrfRulesToTokenRequestsAsToAnyOther() throws Exception {
        // Jira's REST XSRF filter does not look at how the caller signed in: an untyped POST without
        // X-Atlassian-Token is refused for a token caller too, and a JSON POST passes without it.
        String before = HOST.dumpDatabase();
        HttpResponse<String> untyped = HOST.send("POST", GOALS, null, goal(), "Authorization",
                DevHostFixture.bearer("bob"));
        assertEquals(untyped.body(), 403, untyped.statusCode());
        JsonNode refusal = GoalsHttp.JSON.readTree(untyped.body());
        assertEquals("XSRF check failed", refusal.path("message").asText());
        assertEquals(before, HOST.dumpDatabase());

        HttpResponse<String> json = HOST.send("POST", GOALS, null, goal(), "Authorization",
                DevHostFixture.bearer("bob"), "Content-Type", "application/json");
        assertEquals(json.body(), 201, json.statusCode());
    }

    private static void assertUnauthorized(String what, HttpResponse<String> response, boolean basicOn) {
        assertEquals(what + ": " + response.body(), 401, response.statusCode());
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        assertTrue(what + ": " + challenges, challenges.contains("Bearer realm=\"Cascade dev host\""));
        assertEquals(what + ": " + challenges, basicOn, challenges.contains("Basic realm=\"Cascade dev host\""));
        for (String user : USERS) {
            assertFalse(what + ": the answer never echoes a token", response.body().contains(token(user)));
        }
    }

    private static String signedInAs(HttpResponse<String> page) {
        assertEquals(page.body(), 200, page.statusCode());
        Matcher matcher = CURRENT_USER.matcher(page.body());
        return matcher.find() ? matcher.group(1) : "anonymous";
    }

    private static String displayName(String user) {
        return new DevUsers().user(user).orElseThrow().getDisplayName();
    }

    private static String token(String user) {
        return DevUsers.sampleToken(user).orElseThrow();
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] goal() {
        return GoalsHttp.goal("bob", "members").getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a GET with the raw bytes of an Authorization header (bytes Java's HTTP client would not send). */
    private static String raw(URI uri, byte[] authorization) throws Exception {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nConnection: close\r\nCookie: " + COOKIE + "\r\nAuthorization: ")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(authorization);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
