package dev.cascade.okr.devhost.web;

import static org.junit.Assert.assertEquals;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Jira's XSRF rules for REST as the dev host applies them: one row per rule and edge. */
@RunWith(Parameterized.class)
public class RestXsrfFeatureTest {

    private static final URI REQUEST = URI.create("http://localhost:2990/rest/cascade/1.0/goals");
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0";
    private static final String CURL = "curl/8.5.0";
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE;
    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;
    private static final MediaType MULTIPART = MediaType.MULTIPART_FORM_DATA_TYPE;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"GET from a browser of another origin", "GET", BROWSER, "https://evil.example", null, null, null, true},
            {"API client JSON POST", "POST", CURL, null, null, JSON, null, true},
            {"API client untyped POST", "POST", CURL, null, null, null, null, false},
            {"API client untyped POST with the token", "POST", CURL, null, null, null, "no-check", true},
            {"legacy token", "POST", CURL, null, null, TEXT, "nocheck", true},
            {"wrong token", "POST", CURL, null, null, TEXT, "yes", false},
            {"plain text POST", "POST", null, null, null, TEXT, null, false},
            {"plain text with charset", "POST", null, null, null, MediaType.valueOf("text/plain;charset=utf-8"),
                null, false},
            {"form POST", "POST", CURL, null, null, FORM, null, false},
            {"multipart POST", "POST", CURL, null, null, MULTIPART, null, false},
            {"browser JSON from the same origin", "POST", BROWSER, "http://localhost:2990", null, JSON, null, true},
            {"browser JSON with a same-origin referer", "POST", BROWSER, null, "http://localhost:2990/projects/CASC",
                JSON, null, true},
            {"browser JSON from another port", "POST", BROWSER, "http://localhost:8080", null, JSON, null, false},
            {"browser JSON from another scheme", "POST", BROWSER, "https://localhost:2990", null, JSON, null, false},
            {"browser JSON from another host", "POST", BROWSER, "http://evil.example", null, JSON, null, false},
            {"browser JSON with neither origin nor referer", "POST", BROWSER, null, null, JSON, null, false},
            {"browser JSON with a null origin", "POST", BROWSER, "null", null, JSON, null, false},
            {"browser form from the same origin without token", "POST", BROWSER, "http://localhost:2990", null, FORM,
                null, false},
            {"browser form from the same origin with token", "POST", BROWSER, "http://localhost:2990", null, FORM,
                "no-check", true},
            {"Opera counts as a browser", "POST", "Opera/9.80", "http://evil.example", null, JSON, null, false},
            {"PUT fails the same way (Jira logs it)", "PUT", CURL, null, null, TEXT, null, false},
            {"DELETE untyped without token (Jira logs it)", "DELETE", CURL, null, null, null, null, false},
        });
    }

    /** The row's name (what the case is called). */
    @Parameter(0)
    public String name;

    /** The request's method. */
    @Parameter(1)
    public String method;

    /** The User-Agent header, {@code null} for none. */
    @Parameter(2)
    public String userAgent;

    /** The Origin header, {@code null} for none. */
    @Parameter(3)
    public String origin;

    /** The Referer header, {@code null} for none. */
    @Parameter(4)
    public String referer;

    /** The Content-Type, {@code null} for none. */
    @Parameter(5)
    public MediaType type;

    /** The X-Atlassian-Token header, {@code null} for none. */
    @Parameter(6)
    public String token;

    /** Whether Jira lets the request through. */
    @Parameter(7)
    public boolean passes;

    @Test
    public void shouldPassExactlyWhenJiraWould() {
        assertEquals(passes, RestXsrfFeature.failure(method, userAgent, origin, referer, type, token, REQUEST)
                .isEmpty());
    }

    @Test
    public void shouldSkipOnlyMethodsThatCarryJirasExclusion() throws Exception {
        assertEquals(true, RestXsrfFeature.excluded(Resource.class.getMethod("excluded")));
        assertEquals(false, RestXsrfFeature.excluded(Resource.class.getMethod("checked")));
    }

    /** Two resource methods, one opted out. */
    public static class Resource {
        /** Opted out. */
        @XsrfProtectionExcluded
        public void excluded() {
        }

        /** Checked. */
        public void checked() {
        }
    }
}
