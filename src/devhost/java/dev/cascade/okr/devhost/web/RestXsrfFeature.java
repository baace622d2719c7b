package dev.cascade.okr.devhost.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's XSRF rules for REST at the dev host's door, as the REST plugin's {@code XsrfResourceFilter} applies them
 * (read from its REST v1 source; REST v2 is assumed to behave the same — see the project's host-API notes):
 * <ol>
 * <li>every resource method except {@code GET}, {@code HEAD} and {@code OPTIONS} is checked, unless it carries
 * {@code com.atlassian.annotations.security.XsrfProtectionExcluded} (matched by name);</li>
 * <li>a request whose {@code User-Agent} looks like a browser must come from the same origin ({@code Origin}, else
 * {@code Referer}, same scheme, host and port as the request);</li>
 * <li>a request whose body is form-encoded, multipart, {@code text/plain} or untyped must carry
 * {@code X-Atlassian-Token: no-check} (the legacy {@code nocheck} is accepted too).</li>
 * </ol>
 * A failed check refuses a {@code POST} with 403 {@code {"message":"XSRF check failed","status-code":403}}; for
 * {@code PUT}, {@code DELETE} and other methods Jira only logs it, and so does the dev host. JSON bodies from API
 * clients (curl, scripts, tests) pass, as they do in Jira. The check does not look at how the caller signed in: Jira's
 * filter applies the same rules to a personal access token, Basic or a session (it reads the {@code Authorization}
 * header only to ask a CORS module whether credentials are allowed). The plugin's own {@code JsonRequestFilter} runs
 * after this and refuses every write that is not JSON, whatever this let through.
 */
public final class RestXsrfFeature implements DynamicFeature {

    /** The annotation that opts a resource method out, by name: the plugin never uses it on a write. */
    static final String EXCLUDED = "com.atlassian.annotations.security.XsrfProtectionExcluded";

    private static final Logger LOG = LoggerFactory.getLogger(RestXsrfFeature.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> XSRFABLE_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (excluded(resource.getResourceMethod())) {
            return;
        }
        context.register((ContainerRequestFilter) request -> {
            Optional<String> failure = failure(request.getMethod(), request.getHeaderString("User-Agent"),
                    request.getHeaderString("Origin"), request.getHeaderString("Referer"),
                    request.getMediaType(), request.getHeaderString("X-Atlassian-Token"),
                    request.getUriInfo().getRequestUri());
            if (failure.isEmpty()) {
                return;
            }
            if ("POST".equalsIgnoreCase(request.getMethod())) {
                request.abortWith(refusal());
            } else {
                LOG.warn("XSRF check failed for {} {} ({}); Jira only logs this for {}", request.getMethod(),
                        request.getUriInfo().getRequestUri(), failure.get(), request.getMethod());
            }
        }, Priorities.AUTHORIZATION);
    }

    /** Whether the method opts out of the check by Jira's annotation. */
    static boolean excluded(Method method) {
        if (method == null) {
            return false;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getName().equals(EXCLUDED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a request fails Jira's XSRF checks, or empty when it passes: a browser's request from another origin, or
     * an XSRF-able body (form, multipart, plain text, untyped) without the no-check token.
     */
    static Optional<String> failure(String method, String userAgent, String origin, String referer,
            MediaType type, String token, URI requestUri) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (likelyBrowser(userAgent) && !sameOrigin(origin, requestUri) && !sameOrigin(referer, requestUri)) {
            return Optional.of("a browser request from another origin (Origin " + origin + ", Referer " + referer
                    + ")");
        }
        if (xsrfable(type) && !"no-check".equals(token) && !"nocheck".equals(token)) {
            return Optional.of("a " + (type == null ? "untyped" : type.getType() + "/" + type.getSubtype())
                    + " body without X-Atlassian-Token: no-check");
        }
        return Optional.empty();
    }

    /** Jira's test: a {@code User-Agent} naming Mozilla (every mainstream browser) or Opera. */
    private static boolean likelyBrowser(String userAgent) {
        return userAgent != null && (userAgent.contains("Mozilla") || userAgent.contains("Opera"));
    }

    private static boolean xsrfable(MediaType type) {
        return type == null || XSRFABLE_TYPES.contains(type.getType().toLowerCase(Locale.ROOT) + "/"
                + type.getSubtype().toLowerCase(Locale.ROOT));
    }

    /** Whether a header's URL has the request's scheme, host and port. */
    private static boolean sameOrigin(String url, URI request) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.trim());
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getHost() != null && request.getHost().equalsIgnoreCase(uri.getHost())
                    && port(request) == port(uri);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Response refusal() {
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"message\":\"XSRF check failed\",\"status-code\":403}").build();
    }
}
