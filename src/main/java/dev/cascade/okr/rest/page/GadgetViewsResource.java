package dev.cascade.okr.rest.page;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.ViewResource;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.service.page.CascadePageService.Node;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.tree.TreeGadgetConfigView;
import dev.cascade.okr.web.tree.TreeGadgetView;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /rest/cascade/1.0/views/gadget…}: the goal tree dashboard item (decision 0018), rendered on the server.
 * {@code GET /views/gadget?goal=&depth=&period=} answers the chosen goal and the goals below it the reader may see, to
 * the depth chosen (1 to {@value CascadePageService#MAX_SUBTREE_DEPTH}, default
 * {@value TreeGadgetConfigView#DEFAULT_DEPTH}), only goals of the period below it; without a goal it answers the
 * "configure me" state, and a goal that is missing or that the reader may not see answers the same "not available"
 * state (200 both, so the dashboard shows it). {@code GET /views/gadget/config?goal=&depth=&period=} answers the
 * configuration form (the goals the reader may see in the period, the depths, the periods), and
 * ({@code form=} names what the form's ids start with, so that two items on one dashboard never share one);
 * {@code POST /views/gadget/config} checks preferences before the dashboard keeps them: 200 with them normalised, or
 * 400 with every field error. Anonymous: 401; malformed parameters: 400 naming them, in the API's error shape.
 */
@Path("/views/gadget")
@LicensedOnly
public class GadgetViewsResource extends ViewResource {

    /** The most goals the configuration form lists. */
    static final int MAX_GOALS = 100;
    /** What the form's ids may start with: a letter, then letters, digits and hyphens. */
    private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final CascadePageService cascades;
    private final GoalService goals;
    private final SettingsStore settings;
    private final Clock clock = Clock.systemUTC();

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GadgetViewsResource(CascadePageService cascades, GoalService goals, SettingsStore settings, RestHost host,
            @ComponentImport TemplateRenderer renderer) {
        super(host, renderer);
        this.cascades = cascades;
        this.goals = goals;
        this.settings = settings;
    }

    /** The item's content: the goal's tree, or why there is none. */
    @GET
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response tree(@QueryParam("goal") String goal, @QueryParam("depth") String depth,
            @QueryParam("period") String period, @Context HttpServletRequest request) {
        if (caller().userKey().isEmpty()) {
            return anonymous();
        }
        Formats formats = Formats.of(i18n::getText);
        if (blank(goal).isEmpty()) {
            return html("templates/jira/gadget/tree.vm", TreeGadgetView.unconfigured(formats));
        }
        Outcome<Asked> asked = Asked.read(goal, depth, period);
        if (!asked.isSuccess()) {
            return failure(asked);
        }
        Outcome<Node> tree = cascades.subtree(caller(), asked.value().goal(), asked.value().depth(),
                asked.value().period().orElse(null));
        if (!tree.isSuccess()) {
            return tree.failure() == Failure.NOT_FOUND
                    ? html("templates/jira/gadget/tree.vm", TreeGadgetView.unavailable(formats)) : failure(tree);
        }
        return html("templates/jira/gadget/tree.vm", TreeGadgetView.of(tree.value(), contextPath(request),
                asked.value().periodText(), settings.levelScheme().value(), formats,
                key -> displayName(key)));
    }

    /** The configuration form, with the goals the reader may see in the period asked. */
    @GET
    @Path("/config")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response config(@QueryParam("goal") String goal, @QueryParam("depth") String depth,
            @QueryParam("period") String period, @QueryParam("form") String form,
            @Context HttpServletRequest request) {
        if (caller().userKey().isEmpty()) {
            return anonymous();
        }
        String periodText = blank(period);
        List<Violation> bad = new ArrayList<>();
        if (!periodText.isEmpty()) {
            PeriodText.parse(periodText, "period", bad);
        }
        String formId = blank(form).isEmpty() ? TreeGadgetConfigView.FORM_ID : blank(form);
        if (!FORM_ID.matcher(formId).matches()) {
            bad.add(Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "form"));
        }
        if (!bad.isEmpty()) {
            return failure(Outcome.failure(Failure.INVALID, bad));
        }
        return then(goals.find(caller(), new GoalFilter(periodText.isEmpty() ? null : periodText, null, null, null,
                null, 0, MAX_GOALS)), found -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("config", TreeGadgetConfigView.of(found, blank(goal), blank(depth), periodText,
                            CascadePageService.MAX_SUBTREE_DEPTH, LocalDate.now(clock), contextPath(request),
                            formId, Formats.of(i18n::getText)));
                    return html("templates/jira/gadget/config.vm", model);
                });
    }

    /** Checks the item's preferences: 200 with them normalised, or 400 with every field error. */
    @POST
    @Path("/config")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response check(String body) {
        return withBody(body, GadgetConfigDto.class, dto -> {
            if (caller().userKey().isEmpty()) {
                return anonymous();
            }
            if (blank(dto.goal()).isEmpty()) {
                List<Violation> bad = new ArrayList<>(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED,
                        "goal")));
                Outcome<Asked> rest = Asked.read("1", dto.depth(), dto.period());
                if (!rest.isSuccess()) {
                    bad.addAll(rest.violations());
                }
                return failure(Outcome.failure(Failure.INVALID, bad));
            }
            Outcome<Asked> asked = Asked.read(dto.goal(), dto.depth(), dto.period());
            if (!asked.isSuccess()) {
                return failure(asked);
            }
            Asked read = asked.value();
            Outcome<Node> tree = cascades.subtree(caller(), read.goal(), read.depth(), read.period().orElse(null));
            if (!tree.isSuccess()) {
                // A goal that is missing or hidden is a mistake in the form: 400 at its field, the same for both.
                return failure(tree.failure() == Failure.NOT_FOUND ? Outcome.failure(Failure.INVALID,
                        tree.violations()) : tree);
            }
            return Response.ok(new GadgetConfigDto(Long.toString(read.goal()), Integer.toString(read.depth()),
                    read.periodText()), MediaType.APPLICATION_JSON).build();
        });
    }

    /**
     * Parameters read: the goal's id, the depth, the period (and its text as sent, trimmed; empty for any).
     */
    private record Asked(long goal, int depth, Optional<Period> period, String periodText) {

        /** Reads them, every malformed one a violation at its field. */
        static Outcome<Asked> read(String goal, String depth, String period) {
            List<Violation> bad = new ArrayList<>();
            String goalText = blank(goal);
            long id = goalText.matches("[1-9][0-9]{0,17}") ? Long.parseLong(goalText) : 0;
            if (id == 0) {
                bad.add(Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "goal", shown(goalText)));
            }
            String depthText = blank(depth);
            int levels = depthText.isEmpty() ? TreeGadgetConfigView.DEFAULT_DEPTH
                    : depthText.matches("[0-9]{1,2}") ? Integer.parseInt(depthText) : -1;
            if (levels < 1 || levels > CascadePageService.MAX_SUBTREE_DEPTH) {
                bad.add(Violation.of(ViolationCode.DEPTH_INVALID, "depth", "1",
                        Integer.toString(CascadePageService.MAX_SUBTREE_DEPTH)));
            }
            String periodText = blank(period);
            Optional<Period> within = periodText.isEmpty() ? Optional.empty()
                    : PeriodText.parse(periodText, "period", bad);
            return bad.isEmpty() ? Outcome.success(new Asked(id, levels, within, periodText))
                    : Outcome.failure(Failure.INVALID, bad);
        }
    }

    private Response html(String template, TreeGadgetView view) {
        Map<String, Object> model = new HashMap<>();
        model.put("gadget", view);
        return html(template, model);
    }

    private Response anonymous() {
        return failure(Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null)));
    }

    private static String contextPath(HttpServletRequest request) {
        return request == null ? "" : request.getContextPath();
    }

    private static String blank(String text) {
        return text == null ? "" : text.trim();
    }
}
