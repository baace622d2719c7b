package dev.cascade.okr.rest.table;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.TableService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/cascade/1.0/tables/{table}?period=&project=&offset=&limit=}: the seed tables (company-goals,
 * department-goals, individual-goals, tracking-record, appraisal, quarterly-review, task-tracking), each with exactly
 * its columns in the seed's order, over the goals the caller may see (see {@link TableService}).
 */
@Path("/tables/{table}")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class TablesResource extends RestResource {

    private final TableService tables;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public TablesResource(TableService tables, RestHost host) {
        super(host);
        this.tables = tables;
    }

    /** One page of the table. */
    @GET
    public Response table(@PathParam("table") String table, @QueryParam("period") String period,
            @QueryParam("project") String project, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Integer skip;
        Integer size;
        try {
            skip = offset == null ? null : Integer.valueOf(offset);
        } catch (NumberFormatException e) {
            return paging("offset");
        }
        try {
            size = limit == null ? null : Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            return paging("limit");
        }
        return ok(tables.table(caller(),
                new TableService.TableRequest(table, period, project, skip, size)),
                read -> TableDto.of(read, i18n, users));
    }

    private Response paging(String field) {
        return RestResponses.failure(Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID,
                field, String.valueOf(GoalQuery.MAX_LIMIT))), i18n);
    }
}
