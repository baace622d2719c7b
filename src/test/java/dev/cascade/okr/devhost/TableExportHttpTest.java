package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.GoalsHttp.GOALS;
import static dev.cascade.okr.devhost.GoalsHttp.JSON;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.PeopleStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.Test;

/**
 * The seed tables as spreadsheet files over HTTP on the dev host (issue 15): {@code GET /tables/{table}/export} in
 * both languages and both formats, holding exactly the rows {@code GET /tables/{table}} answers the same reader, with
 * formula-like texts made harmless, and the errors of the table read (or a bad format) as JSON.
 */
public class TableExportHttpTest extends SampleCascadeHttpBase {

    private static final String TABLES = "/rest/cascade/1.0/tables/";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    public void shouldExportEachTableAsCsvWithTheReadersHeadersAndTheTablesRows() throws Exception {
        for (String table : new String[] {"company-goals", "department-goals", "individual-goals", "tracking-record",
            "appraisal", "quarterly-review", "task-tracking"}) {
            String period = table.equals("tracking-record") ? "2026-Q4" : "2026";
            for (String user : new String[] {"alice", "zhang"}) {
                JsonNode json = table(table, period, user);
                HttpResponse<byte[]> file = export(table, period + "&format=csv", user);

                assertEquals(table, 200, file.statusCode());
                assertEquals("text/csv;charset=UTF-8", file.headers().firstValue("Content-Type").orElse("")
                        .replace(" ", ""));
                assertEquals("attachment; filename=\"" + table + "-" + period + ".csv\"",
                        file.headers().firstValue("Content-Disposition").orElse(""));
                String text = new String(file.body(), StandardCharsets.UTF_8);
                assertTrue(table + " starts with the byte-order mark", text.startsWith("\uFEFF"));
                List<String> header = new ArrayList<>();
                json.path("columns").forEach(c -> header.add(c.path("label").asText()));
                String firstLine = text.substring(1, text.indexOf("\r\n"));
                assertTrue(table + " " + user + ": " + firstLine, firstLine.startsWith(String.join(",", header)));
                assertEquals(table + " " + user + " rows", json.path("rows").size(), records(text) - 1);
            }
        }
    }

    @Test
    public void shouldExportXlsxWithNumbersPerCentsAndTheSameRowsAsTheTable() throws Exception {
        JsonNode json = table("individual-goals", "2026", "alice");
        HttpResponse<byte[]> file = export("individual-goals", "2026&format=xlsx", "alice");

        assertEquals(200, file.statusCode());
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse(""));
        List<Row> rows = read(file.body());
        assertEquals(json.path("rows").size() + 1, rows.size());
        assertEquals("Person", rows.get(0).getCell(0).asString());
        int weight = 9;
        assertEquals("weight", json.path("columns").path(weight).path("key").asText());
        assertEquals(json.path("columns").path(weight).path("label").asText(), rows.get(0).getCell(weight).asString());
        for (int i = 0; i < json.path("rows").size(); i++) {
            JsonNode values = json.path("rows").path(i).path("values");
            Row row = rows.get(i + 1);
            assertEquals(values.path("goal").asText(), row.getCell(4).asString());
            if (!values.path("weight").isNull()) {
                Cell cell = row.getCell(weight);
                assertEquals(CellType.NUMBER, cell.getType());
                assertEquals(0, values.path("weight").decimalValue().movePointLeft(2).compareTo(cell.asNumber()));
                assertEquals("0.0%", cell.getDataFormatString());
            }
        }
        List<Row> chinese = read(export("individual-goals", "2026&format=xlsx", "zhang").body());
        assertEquals("\u5458\u5de5\u59d3\u540d", chinese.get(0).getCell(0).asString());
    }

    @Test
    public void shouldExportOnlyTheRowsTheReaderMaySee() throws Exception {
        long hidden = http.create("bob", individual("bob", "Private export goal", "private")).path("id").asLong();

        assertTrue(csv("individual-goals", "2026", "bob").contains("Private export goal"));
        assertTrue("an administrator", csv("individual-goals", "2026", "alice").contains("Private export goal"));
        assertFalse(csv("individual-goals", "2026", "zhang").contains("Private export goal"));
        assertFalse(csv("individual-goals", "2026", "pat").contains("Private export goal"));
        String carol = csv("individual-goals", "2026&project=OPS", "carol");
        assertEquals(table("individual-goals", "2026&project=OPS", "carol").path("rows").size(), records(carol) - 1);
        assertFalse(carol, carol.contains(",CASC,"));
        assertTrue(hidden > 0);
        HttpResponse<byte[]> casc = export("individual-goals", "2026&project=CASC&format=csv", "carol");
        assertEquals("a project carol may not browse reads like one that does not exist", 400, casc.statusCode());
        assertEquals("project.unknown", error(casc).path("code").asText());
    }

    @Test
    public void shouldExportAnAppraisalOnlyToThoseWhoMaySeeItWithTheCompositesExplanationColumn() throws Exception {
        HOST.server().plugin().bean(PeopleStore.class).setManagers(new UserRef("zhang"), Set.of(new UserRef("bob")));
        long goal = JSON.readTree(HOST.get(GOALS + "?period=2026&owner=zhang&level=individual&limit=100", "bob")
                .body()).path("items").path(0).path("id").asLong();
        HttpResponse<String> started = HOST.postJson("/rest/cascade/1.0/appraisals", "bob",
                "{\"objectiveId\":" + goal + "}");
        assertTrue(started.body(), started.statusCode() == 201 || started.statusCode() == 409);
        String title = JSON.readTree(HOST.get(GOALS + "/" + goal, "bob").body()).path("title").asText();

        List<Row> manager = read(export("appraisal", "2026&format=xlsx", "bob").body());
        assertEquals("How the composite score was computed", manager.get(0).getCell(9).asString());
        assertTrue(manager.stream().anyMatch(r -> title.equals(r.getCell(1).asString())));
        assertFalse("pat sees the goal but not zhang's appraisal",
                csv("appraisal", "2026", "pat").contains(title));
    }

    @Test
    public void shouldNeutraliseAFormulaInCsvAndKeepItAsTextInXlsx() throws Exception {
        String title = "=HYPERLINK(\\\"http://evil.invalid\\\",\\\"x\\\")";
        http.create("bob", individual("bob", title, "members"));

        String text = csv("individual-goals", "2026", "bob");
        assertTrue(text, text.contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\""));
        assertFalse(text, text.contains(",=HYPERLINK"));
        List<Row> rows = read(export("individual-goals", "2026&format=xlsx", "bob").body());
        Cell cell = rows.stream().map(r -> r.getCell(4)).filter(c -> c != null
                && c.getText().contains("evil.invalid")).findFirst().orElseThrow();
        assertEquals(CellType.STRING, cell.getType());
        assertNull(cell.getFormula());
        assertEquals("=HYPERLINK(\"http://evil.invalid\",\"x\")", cell.asString());
    }

    @Test
    public void shouldAnswerTheTablesErrorsAsJsonWhenTheExportCannotBeWritten() throws Exception {
        HttpResponse<byte[]> format = export("company-goals", "2026&format=pdf", "alice");
        assertEquals(400, format.statusCode());
        assertEquals("export.format-unknown", error(format).path("code").asText());
        assertEquals("format", error(format).path("field").asText());
        assertTrue(error(format).path("message").asText().contains("csv, xlsx"));
        HttpResponse<byte[]> chinese = export("company-goals", "2026", "zhang");
        assertEquals(400, chinese.statusCode());
        assertTrue(error(chinese).path("message").asText(), error(chinese).path("message").asText()
                .contains("\u683c\u5f0f"));
        assertEquals(404, export("no-such-table", "2026&format=csv", "alice").statusCode());
        HttpResponse<byte[]> period = export("company-goals", "soon&format=csv", "alice");
        assertEquals(400, period.statusCode());
        assertEquals("period", error(period).path("field").asText());
        assertEquals(401, export("company-goals", "2026&format=csv", null).statusCode());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** An individual 2026 CASC goal of {@code owner} titled {@code title}, as the seed tables' test writes one. */
    private static String individual(String owner, String title, String visibility) {
        return SeedTablesHttpTest.individual(owner, "2026", "40", visibility).replace("New customers +25%", title);
    }

    private static HttpResponse<byte[]> export(String table, String periodAndMore, String user) throws Exception {
        return HOST.getBytes(TABLES + table + "/export?period=" + periodAndMore, user);
    }

    private static String csv(String table, String periodAndMore, String user) throws Exception {
        HttpResponse<byte[]> file = export(table, periodAndMore + "&format=csv", user);
        assertEquals(new String(file.body(), StandardCharsets.UTF_8), 200, file.statusCode());
        return new String(file.body(), StandardCharsets.UTF_8);
    }

    /** The whole table as JSON (every page: the sample tables and the tests' goals stay under 100 goals). */
    private static JsonNode table(String name, String periodAndMore, String user) throws Exception {
        HttpResponse<String> response = HOST.get(TABLES + name + "?limit=100&period=" + periodAndMore, user);
        assertEquals(name + ": " + response.body(), 200, response.statusCode());
        JsonNode json = JSON.readTree(response.body());
        assertTrue("the test's tables fit one page", json.path("total").asInt() <= 100);
        return json;
    }

    private static JsonNode error(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body()).path("errors").path(0);
    }

    /** The records of a CSV text, counting quoted line breaks as part of their cell. */
    static int records(String text) {
        int records = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted && i > 0 && text.charAt(i - 1) == '\r') {
                records++;
            }
        }
        return records;
    }

    private static List<Row> read(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file),
                new ReadingOptions(true, false))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                return rows.collect(Collectors.toList());
            }
        }
    }
}
