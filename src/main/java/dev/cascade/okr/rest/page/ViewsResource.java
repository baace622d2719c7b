package dev.cascade.okr.rest.page;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.tree.TreeView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /rest/cascade/1.0/views/…}: the pieces of the Jira pages a script fetches to enhance them, as HTML rendered
 * on the server by the pages' own templates (decision 0015). {@code GET /views/tree/{id}?project=&period=&path=&level=}
 * answers the rows of the goals below goal {@code id} (two levels: the children and theirs, the rest marked to load
 * on a further expand), placed at {@code path} and {@code level}; the same access as {@code GET /goals/{id}/tree} (a
 * goal the caller may not see is 404 {@code objective.not-found}, the same as one that does not exist), and bad
 * parameters are 400 in the API's error shape.
 */
@Path("/views")
@LicensedOnly
public class ViewsResource extends RestResource {

    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final Pattern PATH = Pattern.compile("[1-9][0-9]{0,18}(/[1-9][0-9]{0,18}){0,19}");
    private static final int MAX_LEVEL = 20;

    private final CascadePageService cascades;
    private final SettingsStore settings;
    private final TemplateRenderer renderer;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public ViewsResource(CascadePageService cascades, SettingsStore settings, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n, @ComponentImport TemplateRenderer renderer) {
        super(users, i18n);
        this.cascades = cascades;
        this.settings = settings;
        this.renderer = renderer;
    }

    /** The tree rows of the goals below a goal, for an expand. */
    @GET
    @Path("/tree/{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response treeChildren(@PathParam("id") String id, @QueryParam("project") String project,
            @QueryParam("period") String period, @QueryParam("path") String path, @QueryParam("level") String level,
            @Context HttpServletRequest request) {
        if (caller().userKey().isEmpty()) {
            return failure(Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED,
                    null)));
        }
        if (id == null || !id.matches("[1-9][0-9]{0,18}")) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id == null ? "" : id));
        }
        if (project == null || !PROJECT.matcher(project).matches()) {
            return invalid(Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", shown(blank(project))));
        }
        if (path == null || !PATH.matcher(path).matches() || !path.endsWith("/" + id) && !path.equals(id)) {
            return invalid(Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "path"));
        }
        Integer depth = level == null || !level.matches("[1-9][0-9]?") ? null : Integer.valueOf(level);
        if (depth == null || depth > MAX_LEVEL) {
            return invalid(Violation.of(ViolationCode.DEPTH_INVALID, "level", "1", Integer.toString(MAX_LEVEL)));
        }
        return withId(id, Long::valueOf, goal -> then(cascades.children(caller(), goal, 1), children -> {
            Formats formats = Formats.of(i18n::getText);
            PageLinks links = new PageLinks(request == null ? "" : request.getContextPath(), project, period);
            Map<String, Object> model = new HashMap<>();
            model.put("tree", TreeView.fragment(children, path, depth, settings.levelScheme().value(), links,
                    formats, this::displayName));
            return html(model);
        }), () -> notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id));
    }

    private Response invalid(Violation violation) {
        return failure(Outcome.failure(Failure.INVALID, violation));
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private Response html(Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            renderer.render("templates/jira/goals/tree-rows.vm", model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    private String displayName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank() ? userKey
                : profile.getFullName();
    }
}
