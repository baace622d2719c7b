package dev.cascade.okr.rest.table;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.SheetWriter;
import dev.cascade.okr.service.table.SheetWriter.Format;
import dev.cascade.okr.service.table.TableExports;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code GET /rest/cascade/1.0/tables/{table}/export?format=xlsx|csv&period=&project=}: the whole seed table as a
 * spreadsheet file in the caller's language (issue 15, docs/decisions/0020-spreadsheets.md) — the rows
 * {@code GET /tables/{table}} answers the caller, every page of them, streamed as they are read.
 */
@Path("/tables/{table}/export")
@LicensedOnly
public class TableExportResource extends RestResource {

    private final TableExports exports;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public TableExportResource(TableExports exports, RestHost host) {
        super(host);
        this.exports = exports;
    }

    /** The file, or the error of {@code GET /tables/{table}} (or a bad {@code format}) as JSON. */
    @GET
    public Response export(@PathParam("table") String table, @QueryParam("format") String format,
            @QueryParam("period") String period, @QueryParam("project") String project) {
        Optional<Format> chosen = Format.ofCode(format == null ? "" : format.trim());
        if (chosen.isEmpty()) {
            return failure(Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.EXPORT_FORMAT_UNKNOWN,
                    "format", Inputs.shorten(String.valueOf(format)),
                    Arrays.stream(Format.values()).map(Format::code).collect(Collectors.joining(", ")))));
        }
        return then(exports.open(caller(), table, period, project), export -> {
            String title = i18n.getText(export.first().kind().titleKey());
            StreamingOutput body = stream -> {
                try (SheetWriter writer = chosen.get().open(stream, title)) {
                    TableSheet sheet = new TableSheet(writer, i18n, users);
                    export.writeTo(sheet::page);
                }
            };
            return Response.ok(body, chosen.get().mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(export.first().kind().code(),
                            period, project) + "." + chosen.get().code() + "\"")
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        });
    }

    /** {@code company-goals-2026-Q1} or {@code company-goals-2026-Q1-CASC}: letters, digits and dashes only. */
    static String fileName(String table, String period, String project) {
        String name = table + "-" + period.trim() + (project == null || project.isBlank() ? "" : "-" + project.trim());
        return name.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
