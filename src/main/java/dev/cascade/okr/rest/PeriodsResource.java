package dev.cascade.okr.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.service.GoalStateService;
import javax.inject.Inject;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/periods/{period}/close}: an administrator closes a period ({@code 2026}, {@code 2026-H1},
 * {@code 2026-Q1}, {@code 2026-03}) and with it every goal of the period and its sub-periods, in one request. No body.
 * Licensed users at the door; {@link GoalStateService} allows application administrators only.
 */
@Path("/periods")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class PeriodsResource {

    private final GoalStateService state;
    private final UserManager users;
    private final I18nResolver i18n;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public PeriodsResource(GoalStateService state, @ComponentImport UserManager users,
            @ComponentImport I18nResolver i18n) {
        this.state = state;
        this.users = users;
        this.i18n = i18n;
    }

    /** Closes the period's goals: 200 with the ids closed now and how many were closed before (idempotent). */
    @POST
    @Path("/{period}/close")
    public Response close(@PathParam("period") String period) {
        return RestResponses.ok(state.closePeriod(Callers.of(users), period), i18n, PeriodClosedDto::of);
    }
}
