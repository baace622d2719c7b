package dev.cascade.okr.rest.http;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.web.page.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every resource under {@code /views/…} does around its service call (decision 0015): a fragment of a Jira page
 * rendered on the server by the page's own template, answered as HTML that is not cached and not sniffed, for a
 * signed-in caller and a well-formed project key (the page's links keep it); a refusal is answered in the API's error
 * shape like every other resource. A subclass says {@code @Produces({TEXT_HTML, APPLICATION_JSON})} once, on the class
 * (the JSON is the error shape).
 */
public abstract class ViewResource extends RestResource {

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    private final TemplateRenderer renderer;

    /** With the host services and the template renderer. */
    protected ViewResource(RestHost host, TemplateRenderer renderer) {
        super(host);
        this.renderer = renderer;
    }

    /** 401 when nobody is signed in, 400 for a project that is not a project key; otherwise {@code null}. */
    protected final Response refused(String project) {
        if (caller().userKey().isEmpty()) {
            return failure(Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED,
                    null)));
        }
        if (project == null || !PROJECT.matcher(project).matches()) {
            return invalid(Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", shown(project == null ? ""
                    : project)));
        }
        return null;
    }

    /** {@link #refused(String)}, then 400 at {@code period} when it is missing; otherwise {@code null}. */
    protected final Response refused(String project, String period) {
        Response refused = refused(project);
        if (refused == null && (period == null || period.isBlank())) {
            return invalid(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "period"));
        }
        return refused;
    }

    /** The links of the project's Goals page the fragment belongs to. */
    protected static PageLinks links(HttpServletRequest request, String project, String period) {
        return new PageLinks(request == null ? "" : request.getContextPath(), project, period);
    }

    /** 400 with one violation. */
    protected final Response invalid(Violation violation) {
        return failure(Outcome.failure(Failure.INVALID, violation));
    }

    /** 200 with {@code template} rendered over {@code model}. */
    protected final Response html(String template, Map<String, Object> model) {
        return html(render(template, model));
    }

    /** 200 with {@code template} rendered over a model of one entry, {@code name}. */
    protected final Response html(String template, String name, Object value) {
        Map<String, Object> model = new HashMap<>();
        model.put(name, value);
        return html(template, model);
    }

    /** {@code template} rendered over {@code model}. */
    protected final String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 200 with HTML rendered already. */
    protected static Response html(String body) {
        return Response.ok(body, MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** A person's name as the host shows it; the user key when the host has none. */
    protected final String displayName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank() ? userKey
                : profile.getFullName();
    }
}
