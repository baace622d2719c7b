package dev.cascade.okr.confluence;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import dev.cascade.okr.web.Translator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.Test;

/**
 * Confluence's "Configure" page: administrators are sent to Cascade's administration in Jira through the primary Jira
 * link (or told how to create one), others get 403, anonymous readers the login page — in both languages.
 */
public class ConfluenceAdminServletTest {

    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    private String get(MacroFixture host) throws Exception {
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/cascade/admin");
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        new ConfluenceAdminServlet(host.client, host.users, login, host.renderer, host.i18n).doGet(request, response);
        return body.toString();
    }

    private static MacroFixture admin(Translator language) {
        MacroFixture host = new MacroFixture(language);
        when(host.users.isAdmin(new UserKey("reader"))).thenReturn(true);
        return host;
    }

    @Test
    public void shouldLinkToJirasAdministrationWhenAnAdministratorOpensIt() throws Exception {
        String html = get(admin(ENGLISH));

        assertTrue(html, html.contains("href=\"https://jira.example.com/plugins/servlet/cascade/admin\""));
        assertTrue(html, html.contains("Open Cascade administration in Jira"));
        assertTrue(html, html.contains("<meta name=\"decorator\" content=\"atl.admin\">"));
    }

    @Test
    public void shouldSayHowToLinkJiraWhenThereIsNoLinkInEitherLanguage() throws Exception {
        MacroFixture host = admin(CHINESE);
        when(host.links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        String html = get(host);

        assertTrue(html, html.contains("href=\"/confluence/plugins/servlet/applinks/listApplicationLinks\""));
        assertTrue(html, html.contains("\u6253\u5f00\u5e94\u7528\u7a0b\u5e8f\u94fe\u63a5"));
    }

    @Test
    public void shouldAnswer403WhenTheReaderIsNoAdministrator() throws Exception {
        String html = get(new MacroFixture(ENGLISH));

        verify(response).setStatus(403);
        assertTrue(html, html.contains("Only Confluence administrators can open this page."));
        assertFalse(html, html.contains("jira.example.com"));
    }

    @Test
    public void shouldSendAnonymousReadersToTheLoginPageWhenNobodyIsSignedIn() throws Exception {
        MacroFixture host = new MacroFixture(ENGLISH);
        when(host.users.getRemoteUserKey()).thenReturn(null);
        String loginPage = "/confluence/login.action?os_destination=%2Fplugins%2Fservlet%2Fcascade%2Fadmin";
        when(login.getLoginUri(URI.create("/plugins/servlet/cascade/admin"))).thenReturn(URI.create(loginPage));

        get(host);

        verify(response).sendRedirect(loginPage);
    }
}
