package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.Test;

/**
 * Importing goals from the goals sheet (issue 15, docs/decisions/0020-spreadsheets.md): a valid CSV or XLSX file
 * creates company, department and individual goals with key results, targets, weights, owners and parents in one
 * transaction; export, import and export again give the same file; every broken file of the corpus — wrong or missing
 * headers, bad numbers and dates, unknown owners and projects, cycles, duplicate rows, formula and merged cells, too
 * many rows, a ZIP bomb, bytes that are no spreadsheet, CSV that is not UTF-8 — is refused by row and column in the
 * reader's language and writes nothing (the database is the same before and after).
 */
public class GoalSheetImportHttpTest extends DevHostHttpTest {

    private static final String IMPORT = "/rest/cascade/1.0/goal-sheet/import";
    private static final String SHEET = "/rest/cascade/1.0/goal-sheet";
    static final String HEADER = "ref,parent,contribution,level,title,owner,project,group,period,weight,key-result,"
            + "key-result-weight,kind,direction,start,floor,target,stretch,unit";

    /** Three goals of {@code period}: company, department (two key results) under it, individual under that. */
    static String valid(String period) {
        return HEADER + "\r\n"
                + "G1,,,company,Grow revenue,alice,CASC,," + period + ",,Revenue reaches 10M,100,metric,increase,0,,"
                + "10000000,,CNY\r\n"
                + "G2,G1,50,department,Ship the platform,alice,CASC,," + period + ",,Platform live,60,metric,"
                + "increase,0,,1,,\r\n"
                + "G2,,,,,,,,,,Docs done,40,metric,increase,0,,10,,pages\r\n"
                + "G3,G2,,individual,Write the docs,bob,CASC,," + period + ",,Pages written,100,metric,increase,0,,"
                + "20,,pages\r\n";
    }

    @Test
    public void shouldImportACsvSheetAndExportItBackTheSame() throws Exception {
        JsonNode imported = ok(post("alice", csv(valid("2031-Q1"))));
        assertEquals(imported.toString(), 3, imported.path("imported").asInt());

        String first = new String(export("csv", "2031-Q1"), StandardCharsets.UTF_8);
        assertTrue(first, first.startsWith("\uFEFF"));
        assertTrue(first, first.contains("Write the docs") && first.contains(",G2,") && first.contains("60.00%"));
        // export -> import -> export: the file, moved to another quarter, imports and exports the same
        ok(post("alice", b64(first.replace("2031-Q1", "2031-Q2").getBytes(StandardCharsets.UTF_8))));
        String second = new String(export("csv", "2031-Q2"), StandardCharsets.UTF_8);
        assertEquals(first.replace("2031-Q1", "2031-Q2"), second);
    }

    @Test
    public void shouldImportAnXlsxSheetAndExportItBackTheSame() throws Exception {
        ok(post("alice", csv(valid("2032-Q1"))));
        byte[] first = export("xlsx", "2032-Q1");
        byte[] moved = rewritten(first, "2032-Q1", "2032-Q2");
        JsonNode imported = ok(post("alice", b64(moved)));
        assertEquals(imported.toString(), 3, imported.path("imported").asInt());
        byte[] second = export("xlsx", "2032-Q2");
        assertEquals(entry(moved, "xl/worksheets/sheet1.xml"), entry(second, "xl/worksheets/sheet1.xml"));
    }

    @Test
    public void shouldRefuseEveryBrokenFileByRowAndColumnAndWriteNothing() throws Exception {
        String good = valid("2031-Q3");
        refused("wrong header", csv(good.replace("key-result-weight", "kr weight")),
                "file.rows[1].key-result-weight", "Row 1, column 12: the header must be \"Key result weight\".");
        refused("missing headers", csv(good.replace(",stretch,unit", "")), "file.rows[1].stretch", "Row 1, column 18");
        refused("bad number", csv(good.replace(",10000000,", ",ten million,")), "file.rows[2].target",
                "Row 2, column Target: \"ten million\" is not a number.");
        refused("bad weight", csv(good.replace(",60,metric", ",sixty,metric")), "file.rows[3].key-result-weight",
                "Row 3, column Key result weight:");
        refused("bad date", csv(good.replace("CASC,,2031-Q3,,Pages", "CASC,,2031-01-15/2031-02-30,,Pages")),
                "file.rows[5].period", "Row 5, column Period: \"2031-02-30\" is not a day");
        refused("bad period", csv(good.replace("CASC,,2031-Q3,,Pages", "CASC,,2031-Q9,,Pages")),
                "file.rows[5].period", "Row 5, column Period:");
        refused("unknown owner", csv(good.replace("bob,CASC", "nobody,CASC")), "file.rows[5].owner",
                "Row 5, column Owner (user key):");
        refused("unknown project", csv(good.replace("alice,CASC,,2031-Q3,,Platform", "alice,NOPE,,2031-Q3,,Platform")),
                "file.rows[3].project", "Row 3, column Project:");
        refused("cycle", csv(good.replace("G1,,,company", "G1,G3,,company")), "file.rows[2].parent",
                "Row 2, column Parent reference: Aligning to \"G3\" would make a circle");
        refused("unknown parent", csv(good.replace("G3,G2,", "G3,G9,")), "file.rows[5].parent",
                "Row 5, column Parent reference: No goal of the file has the reference \"G9\".");
        refused("duplicate goal", csv(good + "G1,,,company,Again,alice,CASC,,2031-Q3,,Again,100,metric,increase,0,,1,,"
                + "\r\n"), "file.rows[6].ref", "Row 6, column Reference: \"G1\" is already on row 2.");
        refused("duplicate key result", csv(good.replace("Docs done", "Platform live")), "file.rows[4].key-result",
                "Row 4, column Key result: \"Platform live\" is already on row 3.");
        refused("formula", csv(good.replace("Grow revenue", "=HYPERLINK(\"\"x\"\")")), "file.rows[2].title",
                "Row 2, column Objective: This cell holds a formula");
        refused("not UTF-8", b64(latin1(good.replace("Grow revenue", "Grow revenue \u00e9"))), "file",
                "The CSV file is not UTF-8 text");
        refused("not a spreadsheet", b64(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                "file", "The file is neither an Excel workbook");
        refused("broken zip", b64(new byte[] {'P', 'K', 3, 4, 1, 2, 3}), "file", "The file is neither an Excel");
        refused("empty", b64(new byte[0]), "file", "The file has no goals");
        refused("header only", csv(HEADER + "\r\n"), "file", "The file has no goals");
        StringBuilder many = new StringBuilder(HEADER + "\r\n");
        for (int i = 1; i <= 10_000; i++) {
            many.append('G').append(i).append(",,,company,Goal ").append(i).append(",alice,CASC,,2031-Q3,,KR,100,")
                    .append("metric,increase,0,,1,,\r\n");
        }
        refused("10,000 rows", csv(many.toString()), "file", "The file has more than 2000 rows");
        refused("formula cell", b64(xlsx("<c r=\"E2\"><f>1+1</f><v>2</v></c>", "")), "file.rows[2].title",
                "Row 2, column Objective: This cell holds a formula");
        refused("merged cells", b64(xlsx("", "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>")),
                "file", "Cells A2:A3 are merged");
        refused("zip bomb (ratio)", b64(bomb(1, 200 << 20)), "file", "The workbook is compressed more than");
        refused("zip bomb (entries)", b64(bomb(5000, 10)), "file", "The workbook has more than 200 parts");
    }

    @Test
    public void shouldTellAChineseReaderInChineseAndRefuseTheAnonymous() throws Exception {
        String body = csv(valid("2031-Q4").replace(",10000000,", ",abc,"));
        String before = HOST.dumpDatabase();
        assertEquals(401, post(null, csv(valid("2031-Q4"))).statusCode());
        JsonNode answer = ok(post("zhang", body), 400);
        assertEquals(answer.toString(), "\u7b2c 2 \u884c\uff0c\u201c\u76ee\u6807\u503c\u201d\u5217\uff1a"
                + "\u201cabc\u201d\u4e0d\u662f\u6570\u5b57\u3002",
                answer.path("errors").path(0).path("message").asText());
        assertEquals(before, HOST.dumpDatabase());
    }

    private void refused(String what, String body, String field, String message) throws Exception {
        String before = HOST.dumpDatabase();
        JsonNode answer = ok(post("alice", body), 400);
        assertEquals(what + ": " + answer, field, answer.path("errors").path(0).path("field").asText());
        assertTrue(what + ": " + answer, answer.path("errors").path(0).path("message").asText().startsWith(message));
        assertEquals(what, before, HOST.dumpDatabase());
    }

    private static byte[] export(String format, String period) throws Exception {
        HttpResponse<byte[]> response = HOST.getBytes(SHEET + "?format=" + format + "&period=" + period
                + "&project=CASC", "alice");
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.statusCode());
        return response.body();
    }

    /** A workbook of one sheet: the valid header and one goal row with {@code cell} added, and {@code tail}. */
    static byte[] xlsx(String cell, String tail) throws Exception {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
        String[] header = HEADER.split(",");
        for (int i = 0; i < header.length; i++) {
            sheet.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(header[i])
                    .append("</t></is></c>");
        }
        sheet.append("</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>G1</t></is></c>").append(cell)
                .append("</row></sheetData>").append(tail).append("</worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A ZIP of {@code entries} entries of {@code size} zero bytes each. */
    static byte[] bomb(int entries, int size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 16];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry(e == 0 ? "xl/worksheets/sheet1.xml" : "x" + e));
                for (int written = 0; written < size; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, size - written));
                }
            }
        }
        return bytes.toByteArray();
    }

    /** The archive with {@code from} replaced by {@code to} in its sheet. */
    private static byte[] rewritten(byte[] xlsx, String from, String to) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path temporary = Files.createTempFile("sheet", ".xlsx");
        Files.write(temporary, xlsx);
        try (ZipFile in = new ZipFile(temporary.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
        } finally {
            Files.delete(temporary);
        }
        return bytes.toByteArray();
    }

    private static String entry(byte[] xlsx, String name) throws Exception {
        Path temporary = Files.createTempFile("sheet", ".xlsx");
        Files.write(temporary, xlsx);
        try (ZipFile in = new ZipFile(temporary.toFile())) {
            return new String(in.getInputStream(in.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(temporary);
        }
    }

    private static HttpResponse<String> post(String user, String body) throws Exception {
        return HOST.postJson(IMPORT, user, body);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String csv(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return "{\"file\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }
}
