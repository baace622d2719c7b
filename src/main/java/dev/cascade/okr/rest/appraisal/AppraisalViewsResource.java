package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.ViewResource;
import dev.cascade.okr.service.appraisal.AppraisalPageService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.Distribution;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.web.appraisal.GradeDistributionView;
import dev.cascade.okr.web.appraisal.PersonAppraisalView;
import dev.cascade.okr.web.page.Formats;
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
import java.util.Map;

/**
 * {@code /rest/cascade/1.0/views/appraisal/…}: the appraisal pieces of the Goals page (decision 0017) rendered on the
 * server by the page's own templates, for a script to refresh them. {@code GET /views/appraisal/person/{userKey}
 * ?project=&period=} answers a person's appraisal (their goals, composite and the steps the caller may take), with the
 * access of {@code GET /people/{userKey}/appraisal}: a person whose appraisal data the caller may not see is 404
 * {@code people.not-found}, the same as nobody. {@code GET /views/appraisal/distribution?project=&period=&scope=}
 * answers the project's grade distribution chart ({@code scope=all}: the organisation's), with the access of
 * {@code GET /appraisals/distribution} (someone who manages nobody is told, in the fragment, that it is for managers).
 * Both: 401 when nobody is signed in, 400 {@code project.unknown} for a project that is not a project key, 400 at
 * {@code period} when it is missing or unreadable.
 */
@Path("/views/appraisal")
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
@LicensedOnly
public class AppraisalViewsResource extends ViewResource {

    private final AppraisalPageService pages;
    private final AppraisalSummaryService summaries;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public AppraisalViewsResource(AppraisalPageService pages, AppraisalSummaryService summaries, RestHost host,
            @ComponentImport TemplateRenderer renderer) {
        super(host, renderer);
        this.pages = pages;
        this.summaries = summaries;
    }

    /** A person's appraisal, for a refresh. */
    @GET
    @Path("/person/{userKey}")
    public Response person(@PathParam("userKey") String userKey, @QueryParam("project") String project,
            @QueryParam("period") String period, @Context HttpServletRequest request) {
        Response refused = refused(project);
        if (refused != null) {
            return refused;
        }
        return then(pages.person(caller(), userKey, period), page -> html("templates/jira/goals/appraisal-person.vm",
                "appraisalPerson", PersonAppraisalView.of(Outcome.success(page),
                        displayName(page.summary().person().key()), links(request, project, period), period,
                        Formats.of(i18n::getText), this::displayName)));
    }

    /** The grade distribution of the project (or, {@code scope=all}, the organisation), for a refresh. */
    @GET
    @Path("/distribution")
    public Response distribution(@QueryParam("project") String project, @QueryParam("period") String period,
            @QueryParam("scope") String scope) {
        Response refused = refused(project, period);
        if (refused != null) {
            return refused;
        }
        Outcome<Distribution> found = summaries.distribution(caller(), "all".equals(scope) ? null : project, period);
        if (!found.isSuccess() && found.failure() != Failure.FORBIDDEN) {
            return failure(found);
        }
        Formats formats = Formats.of(i18n::getText);
        Map<String, Object> model = new HashMap<>();
        model.put("distribution", GradeDistributionView.of(found, formats.i18n(), formats.locale()));
        model.put("labels", new PersonAppraisalView.Labels(formats.i18n()));
        return html("templates/jira/goals/appraisal-distribution.vm", model);
    }
}
