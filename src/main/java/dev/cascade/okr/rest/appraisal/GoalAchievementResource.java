package dev.cascade.okr.rest.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.rest.http.RequestNumbers;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.appraisal.AppraisalService;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/goals/{id}/achievement}: the achievement rate a goal's key-result evidence gives now, with
 * every line of the derivation (what a manager assessment would be made over). Appraisal data of the goal's owner:
 * read by the owner, their managers and app administrators; 404 for everybody else.
 */
@Path("/goals/{id}/achievement")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class GoalAchievementResource extends RestResource {

    private final AppraisalService appraisals;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalAchievementResource(AppraisalService appraisals, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        super(users, i18n);
        this.appraisals = appraisals;
    }

    /** The derivation now. */
    @GET
    public Response get(@PathParam("id") String id) {
        return ok(appraisals.achievement(caller(), RequestNumbers.pathId(id)),
                achievement -> AppraisalAchievementDto.of(achievement, i18n));
    }
}
