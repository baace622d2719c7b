package dev.cascade.okr.web.table;

import dev.cascade.okr.service.table.SheetWriter.Format;
import dev.cascade.okr.web.Translator;
import java.util.Arrays;
import java.util.List;

/**
 * The Tables view's goals sheet (issue 15): download the goals the reader may see in the sheet layout that imports
 * back ({@code GET /rest/cascade/1.0/goal-sheet}), and the dialog that uploads such a sheet
 * ({@code POST /rest/cascade/1.0/goal-sheet/import}); every text in the reader's language. The server checks every
 * row of an upload and stores all of it or nothing; the dialog lists the problems it answers, row and column first.
 *
 * @param label the accessible name of the group of buttons
 * @param downloads the sheet as XLSX and as CSV, for the view's period and scope
 * @param importUrl where the dialog posts the file
 * @param importButton the button that opens the dialog
 * @param title the dialog's title
 * @param intro what the dialog does, in a sentence
 * @param fileLabel the file field's label
 * @param fileHint what the file must be
 * @param submit the dialog's submit button
 * @param imported what the page says once a sheet is stored, {@code {0}} standing for the number of goals
 */
public record GoalSheetView(String label, List<TableExportLinks.Link> downloads, String importUrl,
        String importButton, String title, String intro, String fileLabel, String fileHint, String submit,
        String imported) {

    /** Copies the downloads. */
    public GoalSheetView {
        downloads = List.copyOf(downloads);
    }

    /** The goals sheet of {@code period} and {@code project} ({@code null}: every project the reader may see). */
    public static GoalSheetView of(String contextPath, String period, String project, Translator i18n) {
        String rest = (contextPath == null ? "" : contextPath) + "/rest/cascade/1.0/goal-sheet";
        String query = "?period=" + TableExportLinks.encode(period)
                + (project == null ? "" : "&project=" + TableExportLinks.encode(project));
        List<TableExportLinks.Link> downloads = Arrays.stream(new Format[] {Format.XLSX, Format.CSV})
                .map(format -> new TableExportLinks.Link(format.code(), rest + query + "&format=" + format.code(),
                        i18n.text("cascade.sheet.goals.download." + format.code())))
                .toList();
        return new GoalSheetView(i18n.text("cascade.sheet.goals.group"), downloads, rest + "/import",
                i18n.text("cascade.sheet.goals.import"), i18n.text("cascade.sheet.goals.import.title"),
                i18n.text("cascade.sheet.goals.import.intro"), i18n.text("cascade.sheet.goals.import.file"),
                i18n.text("cascade.sheet.goals.import.file.hint"), i18n.text("cascade.sheet.goals.import.submit"),
                i18n.text("cascade.sheet.goals.imported"));
    }
}
