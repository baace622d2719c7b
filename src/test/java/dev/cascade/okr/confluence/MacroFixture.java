package dev.cascade.okr.confluence;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.devhost.DevCacheManager;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.DevTemplateRenderer;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.web.Translator;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mockito.stubbing.Answer;

/**
 * A Confluence for the macros' tests: the host's application link service, link, request factory and requests mocked
 * (Mockito, host interfaces only), answering each path below {@code /rest/cascade/1.0/} with what the test sets —
 * a status and body, a timeout, a transport failure or "credentials required" — and the dev host's strict renderer
 * over the plugin's own templates and allowlist, in the language given; the clock stands at 8 Dec 2026 10:42 UTC.
 */
final class MacroFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:42:00Z"), ZoneOffset.UTC);
    static final URI JIRA = URI.create("https://jira.example.com");
    static final URI AUTHORISE = URI.create("https://confluence.example.com/plugins/servlet/applinks/oauth/login"
            + "-dance/authorize?applicationLinkID=1&x=it's");

    final ApplicationLinkService links = mock(ApplicationLinkService.class);
    final ApplicationLink link = mock(ApplicationLink.class);
    final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    final UserManager users = mock(UserManager.class);
    final Map<String, Answer<Object>> answers = new HashMap<>();
    final List<String> requested = new ArrayList<>();
    final JiraClient client;
    final TemplateRenderer renderer;
    final I18nResolver i18n;

    MacroFixture(Translator language) {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.getDisplayUrl()).thenReturn(JIRA);
        when(link.getName()).thenReturn("Company Jira");
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.getAuthorisationURI()).thenReturn(AUTHORISE);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("reader"));
        try {
            when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenAnswer(call -> {
                String url = call.getArgument(1);
                requested.add(url);
                ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
                Answer<Object> answer = answers.get(url);
                if (answer == null) {
                    throw new AssertionError("unexpected request " + url + "; expected one of " + answers.keySet());
                }
                when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(answer);
                return request;
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        client = new JiraClient(links, users, new DevCacheManager(), CLOCK);
        i18n = new I18nResolver() {
            @Override
            public String getText(String key) {
                return language.text(key);
            }

            @Override
            public String getText(String key, Serializable... arguments) {
                return language.text(key, arguments);
            }
        };
        ClassLoader loader = MacroFixture.class.getClassLoader();
        renderer = new DevTemplateRenderer(new DevVelocityRenderer(loader,
                PluginDescriptor.read(loader, "confluence").allowlist(), List.of(I18nResolver.class)), i18n);
    }

    /** Jira answers {@code path} (below the REST base) with this status and body. */
    MacroFixture answer(String path, int status, String body) {
        answers.put(JiraClient.BASE + path, call -> {
            ApplicationLinkResponseHandler<?> handler = call.getArgument(0);
            Response response = mock(Response.class);
            when(response.getStatusCode()).thenReturn(status);
            when(response.getResponseBodyAsString()).thenReturn(body);
            return handler.handle(response);
        });
        return this;
    }

    /** Requesting {@code path} throws (a timeout, a transport failure). */
    MacroFixture failing(String path, Exception failure) {
        answers.put(JiraClient.BASE + path, call -> {
            throw failure;
        });
        return this;
    }

    /** Jira answers {@code path} that the reader must authorise access first. */
    MacroFixture credentialsRequired(String path) {
        answers.put(JiraClient.BASE + path, call -> {
            ApplicationLinkResponseHandler<?> handler = call.getArgument(0);
            return handler.credentialsRequired(mock(Response.class));
        });
        return this;
    }

    /** Runs a macro with parameters given as name, value, name, value… */
    String run(CascadeMacro macro, String... parameters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return macro.execute(map, "", null);
    }

    CascadeTreeMacro tree() {
        return new CascadeTreeMacro(client, renderer, i18n);
    }

    GoalCardMacro card() {
        return new GoalCardMacro(client, renderer, i18n);
    }

    /** A table macro as the six table macros are. */
    TableMacro table(dev.cascade.okr.service.table.Table.Kind kind) {
        return new TableMacro(kind, client, renderer, i18n) {
        };
    }
}
