package dev.cascade.okr.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.ConfluenceImport;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseTimeoutException;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.inject.Inject;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one client of Jira's Cascade REST API in Confluence: reads a path below {@code /rest/cascade/1.0/} through the
 * primary Jira application link <b>as the viewing user</b> ({@code createAuthenticatedRequestFactory()}: OAuth
 * impersonation), so a reader sees exactly what Jira lets them see, with a connect and read timeout, and turns every
 * failure into one {@link JiraAnswer.Outcome} the macro explains — never an exception on the page.
 *
 * <p>Successful answers are kept for {@value #CACHE_SECONDS} seconds in a cluster-aware cache keyed by the reader and
 * the path (so one reader's answer is never shown to another, and a page with the same macro twice, or reloaded, reads
 * Jira once); failures are not kept, so a reader who has just authorised access sees the data at once.
 */
@ConfluenceComponent
public class JiraClient {

    /** The REST base of the Cascade app in Jira. */
    public static final String BASE = "/rest/cascade/1.0/";
    /** How long a successful answer is kept. */
    static final int CACHE_SECONDS = 60;
    /** Connect timeout. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** Read timeout: a Jira that takes longer is "slow" for the reader. */
    static final int READ_TIMEOUT_MILLIS = 10_000;
    /** The cache's name (prefixed with the plugin key, as the cluster's caches are shared by every app). */
    static final String CACHE_NAME = "dev.cascade.okr.confluence.JiraClient.answers";

    private static final Logger LOG = LoggerFactory.getLogger(JiraClient.class);

    private final ApplicationLinkService links;
    private final UserManager users;
    private final Clock clock;
    private final Cache<String, JiraAnswer> answers;

    /** Created by the plugin container in Confluence. */
    @Inject
    public JiraClient(@ConfluenceImport ApplicationLinkService links, @ComponentImport UserManager users,
            @ComponentImport CacheManager caches) {
        this(links, users, caches, Clock.systemUTC());
    }

    JiraClient(ApplicationLinkService links, UserManager users, CacheManager caches, Clock clock) {
        this.links = links;
        this.users = users;
        this.clock = clock;
        this.answers = caches.getCache(CACHE_NAME, key -> fetch(key.substring(key.indexOf('\n') + 1)),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                        .expireAfterWrite(CACHE_SECONDS, TimeUnit.SECONDS).maxEntries(10_000).build());
    }

    /**
     * Reads {@code path} (below {@link #BASE}, with its query already encoded) as the current reader: from the cache
     * when read within the last {@value #CACHE_SECONDS} seconds by the same reader, else from Jira.
     */
    public JiraAnswer get(String path) {
        UserKey reader = users.getRemoteUserKey();
        String key = (reader == null ? "" : reader.getStringValue()) + '\n' + path;
        JiraAnswer answer = answers.get(key);
        if (!answer.ok()) {
            answers.remove(key);
        }
        return answer;
    }

    /** The time of reading, as the macros' footers and "as of" checks use it (server time). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The address of Jira as people open it through the primary link, or {@code null} when there is no link. */
    public URI jiraAddress() {
        ApplicationLink link = links.getPrimaryApplicationLink(JiraApplicationType.class);
        return link == null ? null : link.getDisplayUrl();
    }

    private JiraAnswer fetch(String path) {
        ApplicationLink link = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return new JiraAnswer(JiraAnswer.Outcome.NO_LINK, "", "", "");
        }
        String jira = link.getDisplayUrl() == null ? "" : link.getDisplayUrl().toString();
        String name = link.getName();
        ApplicationLinkRequestFactory factory = link.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = factory.createRequest(Request.MethodType.GET, BASE + path);
            request.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
            request.setSoTimeout(READ_TIMEOUT_MILLIS);
            request.setHeader("Accept", "application/json");
            return request.execute(new Handler(factory, jira, name));
        } catch (CredentialsRequiredException e) {
            return credentials(e.getAuthorisationURI(), name);
        } catch (ResponseTimeoutException e) {
            LOG.info("Jira ({}) did not answer {} in time: {}", jira, path, e.getMessage());
            return new JiraAnswer(JiraAnswer.Outcome.TIMEOUT, "", jira, name);
        } catch (ResponseException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                LOG.info("Jira ({}) did not answer {} in time: {}", jira, path, e.getMessage());
                return new JiraAnswer(JiraAnswer.Outcome.TIMEOUT, "", jira, name);
            }
            LOG.warn("Jira ({}) could not be read at {}: {}", jira, path, e.toString());
            return new JiraAnswer(JiraAnswer.Outcome.UNREACHABLE, "", jira, name);
        }
    }

    private static JiraAnswer credentials(URI authorisation, String name) {
        return new JiraAnswer(JiraAnswer.Outcome.CREDENTIALS_REQUIRED, "",
                authorisation == null ? "" : authorisation.toString(), name);
    }

    /** Turns Jira's answer into an outcome by its status. */
    private record Handler(ApplicationLinkRequestFactory factory, String jira, String name)
            implements ApplicationLinkResponseHandler<JiraAnswer> {

        @Override
        public JiraAnswer credentialsRequired(Response response) {
            return credentials(factory.getAuthorisationURI(), name);
        }

        @Override
        public JiraAnswer handle(Response response) throws ResponseException {
            int status = response.getStatusCode();
            JiraAnswer.Outcome outcome = switch (status) {
                case 200 -> JiraAnswer.Outcome.OK;
                case 400 -> JiraAnswer.Outcome.REJECTED;
                case 401, 403 -> JiraAnswer.Outcome.DENIED;
                case 404 -> JiraAnswer.Outcome.NOT_FOUND;
                default -> JiraAnswer.Outcome.UNREACHABLE;
            };
            if (outcome == JiraAnswer.Outcome.UNREACHABLE) {
                LOG.warn("Jira ({}) answered HTTP {} to a Cascade macro's read", jira, status);
                return new JiraAnswer(outcome, "", jira, name);
            }
            String body = response.getResponseBodyAsString();
            return new JiraAnswer(outcome, body, jira, name);
        }
    }
}
