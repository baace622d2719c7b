package dev.cascade.okr.rest.settings;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.settings.AdministrationService;
import dev.cascade.okr.web.admin.AdminTexts;
import dev.cascade.okr.web.admin.SchemePreviewView;
import dev.cascade.okr.web.page.Formats;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /rest/cascade/1.0/views/admin/scheme-preview}: the administration page's live preview (issue 14). The
 * body is an appraisal scheme in the shape {@code PUT /settings/appraisal-scheme} takes ({@code version} is ignored);
 * the answer is the seed examples computed under it by core, as HTML rendered by the page's own template. App
 * administrators only (401, 403); a scheme that could not be saved is 400 with the same errors as saving it. Nothing
 * is stored.
 */
@Path("/views/admin")
@LicensedOnly
public class AdminViewsResource extends RestResource {

    private static final String PREVIEW = "templates/jira/admin/scheme-preview.vm";

    private final AdministrationService administration;
    private final TemplateRenderer renderer;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public AdminViewsResource(AdministrationService administration, RestHost host,
            @ComponentImport TemplateRenderer renderer) {
        super(host);
        this.administration = administration;
        this.renderer = renderer;
    }

    /** The seed examples under the scheme in the body. */
    @POST
    @Path("/scheme-preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response schemePreview(String body) {
        return withBody(body, SettingsAppraisalSchemeDto.class, dto -> {
            List<Violation> unknown = dto.unknownShareGradeViolations();
            if (!unknown.isEmpty()) {
                return failure(Outcome.failure(Outcome.Failure.INVALID, unknown));
            }
            return then(administration.preview(caller(), dto.toDraft()), examples -> {
                Formats formats = Formats.of(i18n::getText);
                Map<String, Object> model = new HashMap<>();
                model.put("preview", SchemePreviewView.of(examples, formats.locale(), formats.i18n()));
                model.put("labels", new AdminTexts(formats.i18n()));
                StringWriter out = new StringWriter();
                try {
                    renderer.render(PREVIEW, model, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return Response.ok(out.toString(), MediaType.TEXT_HTML + ";charset=UTF-8")
                        .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
            });
        });
    }
}
