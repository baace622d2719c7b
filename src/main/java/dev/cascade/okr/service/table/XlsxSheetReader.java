package dev.cascade.okr.service.table;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook, read with {@code java.util.zip} and the JDK's StAX parser
 * (docs/decisions/0020-spreadsheets.md, <i>Import</i>): no library, and limits that stop a ZIP bomb after a bounded
 * amount of work — at most {@value #MAX_ENTRIES} entries (counted in the central directory before anything is
 * inflated), {@value #MAX_UNCOMPRESSED_MB} MB unpacked in all and, past an entry's first {@value #RATIO_FROM_BYTES}
 * bytes, no more than {@value #MAX_RATIO} unpacked bytes per packed byte, both checked while inflating. XML with a
 * document type declaration is refused (no entity is ever expanded). Two passes: the shared strings first (Excel
 * writes them; our export writes inline texts), then {@code xl/worksheets/sheet1.xml} row by row. A formula cell is a
 * {@link SheetReader.Kind#FORMULA}; a merged range refuses the file ({@code goals.import.merged}).
 */
final class XlsxSheetReader implements SheetReader {

    /** The most entries in the archive. */
    static final int MAX_ENTRIES = 200;
    /** The most bytes unpacked, in MB, in one pass. */
    static final int MAX_UNCOMPRESSED_MB = 64;
    /** The most unpacked bytes per packed byte. */
    static final int MAX_RATIO = 200;
    /** The unpacked bytes after which the ratio is checked. */
    static final int RATIO_FROM_BYTES = 1 << 20;
    /** The most shared strings. */
    static final int MAX_SHARED_STRINGS = 200_000;

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final byte[] file;

    XlsxSheetReader(byte[] file) {
        this.file = file;
    }

    /** Whether the bytes start as a ZIP archive does. */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    @Override
    public void read(RowSink sink) throws Refused {
        List<String> shared = new ArrayList<>();
        boolean[] hasSheet = {false};
        scan((name, in) -> {
            if (name.equals(SHARED_STRINGS)) {
                sharedStrings(in, shared);
            } else if (name.equals(SHEET)) {
                hasSheet[0] = true;
            }
            return true;
        });
        if (!hasSheet[0]) {
            throw notASpreadsheet();
        }
        scan((name, in) -> {
            if (!name.equals(SHEET)) {
                return true;
            }
            sheet(in, shared, sink);
            return false;
        });
    }

    /** What one entry is handed to; {@code false} ends the pass. */
    @FunctionalInterface
    private interface EntryReader {
        boolean entry(String name, InputStream in) throws IOException, XMLStreamException, Refused;
    }

    /**
     * Hands each entry, in the order of the archive's central directory, to {@code reader}. The bytes go to a
     * temporary file for {@link ZipFile} (the streaming {@code ZipInputStream} cannot read the data descriptors
     * fastexcel writes); the file is deleted before this returns.
     */
    private void scan(EntryReader reader) throws Refused {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("cascade-import-", ".xlsx");
            Files.write(temporary, file);
            try (ZipFile zip = new ZipFile(temporary.toFile())) {
                if (zip.size() > MAX_ENTRIES) {
                    throw new Refused(Violation.of(ViolationCode.GOALS_IMPORT_ZIP_ENTRIES, "file",
                            String.valueOf(MAX_ENTRIES)));
                }
                long[] unpacked = {0};
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    try (InputStream in = new Counted(zip.getInputStream(entry), entry.getCompressedSize(),
                            unpacked)) {
                        if (!reader.entry(entry.getName(), in)) {
                            return;
                        }
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw limitIn(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    temporary.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The limit a failure of the archive or its XML came from (a parser wraps it), else not a spreadsheet. */
    private static Refused limitIn(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Counted.Limit limit) {
                return limit.refused;
            }
            if (cause instanceof XMLStreamException xml && xml.getNestedException() instanceof Counted.Limit limit) {
                return limit.refused;
            }
        }
        return notASpreadsheet();
    }

    private static Refused notASpreadsheet() {
        return new Refused(Violation.of(ViolationCode.GOALS_IMPORT_NOT_A_SPREADSHEET, "file"));
    }

    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.createXMLStreamReader(new NotClosing(in));
    }

    /** The next event; a document type declaration refuses the file (no entity is ever expanded). */
    private static int next(XMLStreamReader xml) throws XMLStreamException, Refused {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw notASpreadsheet();
        }
        return event;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static void sharedStrings(InputStream in, List<String> shared) throws XMLStreamException, Refused {
        XMLStreamReader xml = xml(in);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("si")) {
                    text.setLength(0);
                } else if (name.equals("rPh")) {
                    phonetic++;
                } else if (name.equals("t")) {
                    inText = phonetic == 0;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("si")) {
                    if (shared.size() >= MAX_SHARED_STRINGS) {
                        throw notASpreadsheet();
                    }
                    shared.add(text.toString());
                } else if (name.equals("rPh")) {
                    phonetic--;
                } else if (name.equals("t")) {
                    inText = false;
                }
            } else if (inText && isText(event)) {
                text.append(xml.getText());
            }
        }
    }

    private static void sheet(InputStream in, List<String> shared, RowSink sink)
            throws XMLStreamException, Refused {
        XMLStreamReader xml = xml(in);
        SheetRow row = new SheetRow(shared);
        while (xml.hasNext()) {
            int event = next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("mergeCell")) {
                    String ref = String.valueOf(xml.getAttributeValue(null, "ref"));
                    throw new Refused(Violation.of(ViolationCode.GOALS_IMPORT_MERGED, "file",
                            ref.length() > 20 ? ref.substring(0, 20) : ref));
                }
                row.start(name, xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (!row.end(xml.getLocalName(), sink)) {
                    return;
                }
            } else if (isText(event)) {
                row.characters(xml.getText());
            }
        }
    }

    /** The row being read: its number, its cells so far and the cell being read. */
    private static final class SheetRow {
        private final List<String> shared;
        private int number;
        private List<Cell> cells = new ArrayList<>();
        private int column;
        private String type;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;

        SheetRow(List<String> shared) {
            this.shared = shared;
        }

        void start(String name, XMLStreamReader xml) throws Refused {
            switch (name) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    number = r == null ? number + 1 : parsePositive(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = xml.getAttributeValue(null, "r");
                    column = r == null ? cells.size() : columnOf(r);
                    type = xml.getAttributeValue(null, "t");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        void characters(String text) {
            if (inValue) {
                value.append(text);
            }
        }

        boolean end(String name, RowSink sink) throws Refused {
            switch (name) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (column >= 16_384) {
                        throw notASpreadsheet();
                    }
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    return sink.row(number, cells);
                }
                default -> {
                }
            }
            return true;
        }

        private Cell cell() throws Refused {
            String text = value.toString();
            if (formula) {
                return new Cell(Kind.FORMULA, text);
            }
            if (type == null || type.equals("n")) {
                return text.isEmpty() ? Cell.EMPTY : new Cell(Kind.NUMBER, text);
            }
            return switch (type) {
                case "inlineStr", "str" -> new Cell(Kind.TEXT, text);
                case "s" -> {
                    int index = parsePositive(text);
                    if (index >= shared.size()) {
                        throw notASpreadsheet();
                    }
                    yield new Cell(Kind.TEXT, shared.get(index));
                }
                default -> new Cell(Kind.OTHER, text);
            };
        }

        private static int parsePositive(String text) throws Refused {
            if (!text.matches("\\d{1,7}")) {
                throw notASpreadsheet();
            }
            return Integer.parseInt(text);
        }

        /** The 0-based column of a reference such as {@code C5}. */
        private static int columnOf(String ref) throws Refused {
            int column = 0;
            int i = 0;
            while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z' && i < 3) {
                column = column * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
            }
            if (i == 0) {
                throw notASpreadsheet();
            }
            return column - 1;
        }
    }

    /**
     * An entry's unpacked bytes, checked as they are read: all entries together at most {@value #MAX_UNCOMPRESSED_MB}
     * MB, and past the first {@value #RATIO_FROM_BYTES} bytes of an entry at most {@value #MAX_RATIO} bytes per packed
     * byte of it.
     */
    private static final class Counted extends FilterInputStream {
        private final long packed;
        private final long[] total;
        private long count;

        Counted(InputStream in, long packed, long[] total) {
            super(in);
            this.packed = packed;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws Limit {
            count += n;
            total[0] += n;
            if (total[0] > (long) MAX_UNCOMPRESSED_MB << 20) {
                throw new Limit(Violation.of(ViolationCode.GOALS_IMPORT_ZIP_SIZE, "file",
                        String.valueOf(MAX_UNCOMPRESSED_MB)));
            }
            if (count > RATIO_FROM_BYTES && count > (long) MAX_RATIO * Math.max(1, packed)) {
                throw new Limit(Violation.of(ViolationCode.GOALS_IMPORT_ZIP_RATIO, "file",
                        String.valueOf(MAX_RATIO)));
            }
        }

        /** A limit reached while reading. */
        static final class Limit extends IOException {
            private static final long serialVersionUID = 1L;
            private final transient Refused refused;

            Limit(Violation violation) {
                super(violation.code().code());
                this.refused = new Refused(violation);
            }
        }
    }

    /** A stream the XML parser may close without closing the archive. */
    private static final class NotClosing extends FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive stays open for its next entry
        }
    }
}
