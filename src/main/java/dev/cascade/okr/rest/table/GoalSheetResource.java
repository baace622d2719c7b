package dev.cascade.okr.rest.table;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.ErrorDto;
import dev.cascade.okr.rest.http.ErrorsDto;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.rest.http.RestResponses;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.GoalImports;
import dev.cascade.okr.service.table.GoalSheet;
import dev.cascade.okr.service.table.GoalSheetExports;
import dev.cascade.okr.service.table.SheetWriter;
import dev.cascade.okr.service.table.SheetWriter.Format;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The goals sheet (issue 15, docs/decisions/0020-spreadsheets.md, <i>Import</i>):
 * {@code GET /rest/cascade/1.0/goal-sheet?format=xlsx|csv&period=&project=} writes the goals the caller may see in the
 * layout {@code POST /rest/cascade/1.0/goal-sheet/import} reads back ({@code {"file":"<base64>"}}: 200
 * {@code {"imported":n}}, or 400 with every problem by row and column, in the caller's language, and nothing stored).
 */
@Path("/goal-sheet")
@LicensedOnly
public class GoalSheetResource extends RestResource {

    private static final Pattern ROW_FIELD = Pattern.compile("file\\.rows\\[(\\d+)\\]\\.([a-z-]+)");

    private final GoalImports imports;
    private final GoalSheetExports exports;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public GoalSheetResource(GoalImports imports, GoalSheetExports exports, RestHost host) {
        super(host);
        this.imports = imports;
        this.exports = exports;
    }

    /** The goals sheet file, or the error of {@code GET /goals} (or a bad {@code format}) as JSON. */
    @GET
    public Response export(@QueryParam("format") String format, @QueryParam("period") String period,
            @QueryParam("project") String project) {
        Optional<Format> chosen = Format.ofCode(format == null ? "" : format.trim());
        if (chosen.isEmpty()) {
            return failure(Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.EXPORT_FORMAT_UNKNOWN,
                    "format", Inputs.shorten(String.valueOf(format)),
                    Arrays.stream(Format.values()).map(Format::code).collect(Collectors.joining(", ")))));
        }
        return then(exports.open(caller(), period, project), sheet -> {
            StreamingOutput body = stream -> {
                try (SheetWriter writer = chosen.get().open(stream, i18n.getText("cascade.sheet.goals.title"))) {
                    sheet.writeTo(writer, labels());
                }
            };
            String name = TableExportResource.fileName("goals", period == null ? "all" : period, project);
            return Response.ok(body, chosen.get().mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + name + "." + chosen.get().code() + "\"")
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        });
    }

    /** Imports the goals of a sheet; every problem names its row and column. */
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importGoals(String body) {
        return withBody(body, GoalSheetImportDto.class, dto -> {
            if (dto.file() == null) {
                return failure(Outcome.failure(Failure.INVALID,
                        Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "file")));
            }
            byte[] file;
            try {
                file = Base64.getDecoder().decode(dto.file());
            } catch (IllegalArgumentException e) {
                return failure(Outcome.failure(Failure.INVALID,
                        Violation.of(ViolationCode.REQUEST_WRONG_TYPE, "file")));
            }
            Outcome<Integer> imported = imports.importGoals(caller(), file, labels());
            if (!imported.isSuccess() && imported.failure() == Failure.INVALID) {
                return RestResponses.json(Response.Status.BAD_REQUEST, new ErrorsDto(located(imported.violations())));
            }
            return ok(imported, count -> Map.of("imported", count));
        });
    }

    /** Each column's label in the caller's language. */
    private Function<GoalSheet.Column, String> labels() {
        return column -> i18n.getText(column.labelKey());
    }

    /** The errors, each at a row and column led by "Row r, column c:" in the caller's language. */
    private List<ErrorDto> located(List<Violation> violations) {
        List<ErrorDto> errors = new ArrayList<>();
        for (ErrorDto error : RestResponses.errors(violations, i18n)) {
            Matcher at = ROW_FIELD.matcher(error.field());
            String message = error.message();
            if (at.matches() && !"1".equals(at.group(1))) {
                String label = Arrays.stream(GoalSheet.Column.values()).filter(c -> c.code().equals(at.group(2)))
                        .findFirst().map(c -> i18n.getText(c.labelKey())).orElse(at.group(2));
                message = i18n.getText("cascade.sheet.goals.at", at.group(1), label, message);
            }
            errors.add(new ErrorDto(error.field(), error.code(), message));
        }
        return errors;
    }
}
