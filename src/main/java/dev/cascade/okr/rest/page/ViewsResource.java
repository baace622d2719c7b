package dev.cascade.okr.rest.page;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.ViewResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.service.page.CascadePageService.Node;
import dev.cascade.okr.service.page.GoalActionsService;
import dev.cascade.okr.service.page.GoalActionsService.GoalActions;
import dev.cascade.okr.service.page.GoalPage;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.service.page.MyGoalsService;
import dev.cascade.okr.web.action.GoalActionsView;
import dev.cascade.okr.web.goalpage.GoalPageView;
import dev.cascade.okr.web.mine.MyGoalsView;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /rest/cascade/1.0/views/…}: the pieces of the Jira pages a script fetches to enhance them, as HTML rendered
 * on the server by the pages' own templates (decision 0015). {@code GET /views/tree/{id}?project=&period=&path=&level=}
 * answers the rows of the goals below goal {@code id} (one level: its children with their key results, each marked
 * to load its own children on a further expand), placed at {@code path} and {@code level}; the same access as
 * {@code GET /goals/{id}/tree} (a goal the caller may not see is 404 {@code objective.not-found}, the same as one that
 * does not exist), and bad parameters are 400 in the API's error shape.
 *
 * <p>After a change made in a dialog (a check-in, new links, a target adjusted or decided) the page replaces what
 * changed with fragments rendered by the same templates, keeping what the reader expanded and where they were: {@code
 * GET /views/tree/rows?project=&period=&path=…} answers the row of the goal at each path (1 to {@value #MAX_ROWS} paths
 * of goal ids, the goal last, its parent before it) with its key results' rows, placed and with the contribution as the
 * page shows it; a goal the caller may not see (or that is not below the parent named) is left out, exactly as one that
 * does not exist, so the answer reveals nothing. {@code GET /views/mine?project=&period=} answers the "My goals"
 * section and {@code GET /views/goal/{id}?project=&period=} a goal's page with its actions (the same access as the
 * page: a goal the caller may not see is 404 {@code objective.not-found}).
 */
@Path("/views")
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@LicensedOnly
public class ViewsResource extends ViewResource {

    private static final Pattern PATH = Pattern.compile("[1-9][0-9]{0,18}(/[1-9][0-9]{0,18}){0,19}");
    private static final int MAX_LEVEL = 20;
    /** The most tree rows one refresh asks for. */
    static final int MAX_ROWS = 50;
    private static final String TREE_ROWS = "templates/jira/goals/tree-rows.vm";

    private final CascadePageService cascades;
    private final SettingsStore settings;
    private final MyGoalsService mine;
    private final GoalPageService goalPages;
    private final GoalActionsService actions;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public ViewsResource(CascadePageService cascades, SettingsStore settings, MyGoalsService mine,
            GoalPageService goalPages, GoalActionsService actions, RestHost host,
            @ComponentImport TemplateRenderer renderer) {
        super(host, renderer);
        this.cascades = cascades;
        this.settings = settings;
        this.mine = mine;
        this.goalPages = goalPages;
        this.actions = actions;
    }

    /** The tree rows of the goals below a goal, for an expand. */
    @GET
    @Path("/tree/{id}")
    public Response treeChildren(@PathParam("id") String id, @QueryParam("project") String project,
            @QueryParam("period") String period, @QueryParam("path") String path, @QueryParam("level") String level,
            @Context HttpServletRequest request) {
        Response refused = refused(project);
        if (refused != null) {
            return refused;
        }
        if (id == null || !id.matches("[1-9][0-9]{0,18}")) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id == null ? "" : id));
        }
        if (path == null || !PATH.matcher(path).matches() || !path.endsWith("/" + id) && !path.equals(id)) {
            return invalid(Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "path"));
        }
        Integer depth = level == null || !level.matches("[1-9][0-9]?") ? null : Integer.valueOf(level);
        if (depth == null || depth > MAX_LEVEL) {
            return invalid(Violation.of(ViolationCode.DEPTH_INVALID, "level", "1", Integer.toString(MAX_LEVEL)));
        }
        return withId(id, Long::valueOf, goal -> then(cascades.children(caller(), goal, 0), children -> {
            Map<String, Object> model = new HashMap<>();
            model.put("tree", TreeView.fragment(children, path, depth, settings.levelScheme().value(),
                    links(request, project, period), Formats.of(i18n::getText), this::displayName));
            return html(TREE_ROWS, model);
        }), () -> notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", id));
    }

    /** The tree rows of the goals at these paths (each goal's row and its key results' rows), for a refresh. */
    @GET
    @Path("/tree/rows")
    public Response treeRows(@QueryParam("project") String project, @QueryParam("period") String period,
            @QueryParam("path") List<String> paths, @Context HttpServletRequest request) {
        Response refused = refused(project);
        if (refused != null) {
            return refused;
        }
        if (paths == null || paths.isEmpty()) {
            return invalid(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "path"));
        }
        Set<String> distinct = new LinkedHashSet<>(paths);
        if (distinct.size() > MAX_ROWS || distinct.stream().anyMatch(p -> p == null || !PATH.matcher(p).matches())) {
            return invalid(Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "path"));
        }
        Formats formats = Formats.of(i18n::getText);
        PageLinks links = links(request, project, period);
        StringBuilder rows = new StringBuilder();
        for (String path : distinct) {
            String[] ids = path.split("/");
            long goal = Long.parseLong(ids[ids.length - 1]);
            long parent = ids.length > 1 ? Long.parseLong(ids[ids.length - 2]) : 0;
            Outcome<Node> placed = cascades.placed(caller(), parent, goal);
            if (placed.isSuccess()) {
                String parentPath = ids.length > 1 ? path.substring(0, path.lastIndexOf('/')) : "";
                Map<String, Object> model = new HashMap<>();
                model.put("tree", TreeView.fragment(List.of(placed.value()), parentPath, ids.length,
                        settings.levelScheme().value(), links, formats, this::displayName));
                rows.append(render(TREE_ROWS, model));
            }
        }
        return html(rows.toString());
    }

    /** The "My goals" section of the Goals page for a period, for a refresh. */
    @GET
    @Path("/mine")
    public Response mine(@QueryParam("project") String project, @QueryParam("period") String period,
            @Context HttpServletRequest request) {
        Response refused = refused(project, period);
        if (refused != null) {
            return refused;
        }
        return then(mine.mine(caller(), period, null), goals -> html("templates/jira/goals/mine.vm", "mine",
                MyGoalsView.of(Outcome.success(goals), links(request, project, period), i18n::getText)));
    }

    /** A goal's page with its actions, for a refresh. */
    @GET
    @Path("/goal/{id}")
    public Response goal(@PathParam("id") String id, @QueryParam("project") String project,
            @QueryParam("period") String period, @Context HttpServletRequest request) {
        Response refused = refused(project);
        if (refused != null) {
            return refused;
        }
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            return notFound(ViolationCode.OBJECTIVE_NOT_FOUND, "id", shown(id == null ? "" : id));
        }
        long goal = Long.parseLong(id);
        Outcome<GoalPage> page = goalPages.page(caller(), goal);
        return then(page, found -> {
            Formats formats = Formats.of(i18n::getText);
            Outcome<GoalActions> acts = actions.actions(caller(), goal);
            Map<String, Object> model = new HashMap<>();
            model.put("goalPage", GoalPageView.of(page, links(request, project, period), formats,
                    this::displayName));
            model.put("hasActions", acts.isSuccess());
            if (acts.isSuccess()) {
                model.put("actions", GoalActionsView.of(acts.value(), formats, this::displayName));
            }
            return html("templates/jira/goals/goal-fragment.vm", model);
        });
    }
}
