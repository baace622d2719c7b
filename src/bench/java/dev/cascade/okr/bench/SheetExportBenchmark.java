package dev.cascade.okr.bench;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.rest.table.TableSheet;
import dev.cascade.okr.service.table.SheetWriter;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Cell;
import dev.cascade.okr.service.table.Table.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 15's export target: 10,000 goals with 40,000 key results written as a spreadsheet in at most 2 s, with heap
 * use flat in the number of rows. The tracking record (one row per key result: 40,000 rows of 9 columns — names,
 * titles, numbers, a per-cent, notes, a day) is handed to the edge's {@link TableSheet} in pages of 100 goals, as
 * {@code TableExports} hands them, and written to a stream that only counts bytes. The table read itself (the
 * database) is measured by the tables' own benchmarks; this is the cost the export adds.
 *
 * <p>Memory: at set-up two exports of the format run (the first also loads and links the classes) with the used heap
 * measured after a full GC at each quarter of the rows; flat means the writer keeps nothing per row (the pages, the
 * benchmark's input, are held throughout).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
public class SheetExportBenchmark {

    /** Goals exported. */
    static final int GOALS = 10_000;
    /** Key results per goal. */
    static final int KEY_RESULTS = 4;
    /** Goals per page, as the export reads them. */
    static final int PAGE = 100;

    @Param({"xlsx", "csv"})
    public String format;

    private List<Table> pages;
    private I18nResolver i18n;
    private UserManager users;

    /** Builds the pages and measures the heap during one export. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pages = pages();
        i18n = (I18nResolver) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {I18nResolver.class},
                (proxy, method, args) -> method.getName().equals("getText") ? String.valueOf(args[0]) : null);
        users = (UserManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UserManager.class},
                (proxy, method, args) -> null);
        for (int pass = 1; pass <= 2; pass++) {
            List<Long> used = new ArrayList<>();
            Counting out = new Counting();
            try (SheetWriter writer = SheetWriter.Format.ofCode(format).orElseThrow().open(out, "Tracking record")) {
                TableSheet sheet = new TableSheet(writer, i18n, users);
                for (int i = 0; i < pages.size(); i++) {
                    sheet.page(pages.get(i));
                    if ((i + 1) % (pages.size() / 4) == 0) {
                        used.add(usedAfterGc());
                    }
                }
            }
            System.out.printf("%n[memory] %s pass %d, %,d rows, %,d bytes written; used heap after GC at 25/50/75/100%%"
                    + " of the rows: %s KB%n", format, pass, GOALS * KEY_RESULTS, out.count,
                    used.stream().map(b -> String.format("%,d", b / 1024)).toList());
        }
    }

    /** The whole tracking record of 10,000 goals (40,000 rows) written as one file. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long export() throws IOException {
        Counting out = new Counting();
        try (SheetWriter writer = SheetWriter.Format.ofCode(format).orElseThrow().open(out, "Tracking record")) {
            TableSheet sheet = new TableSheet(writer, i18n, users);
            for (Table page : pages) {
                sheet.page(page);
            }
        }
        return out.count;
    }

    private static List<Table> pages() {
        List<Table> pages = new ArrayList<>();
        Kind kind = Kind.TRACKING_RECORD;
        for (int first = 0; first < GOALS; first += PAGE) {
            List<Table.Row> rows = new ArrayList<>();
            for (int goal = first; goal < first + PAGE; goal++) {
                for (int k = 0; k < KEY_RESULTS; k++) {
                    Map<String, Cell> cells = new LinkedHashMap<>();
                    cells.put("who", new Table.Person("user" + goal % 500));
                    cells.put("goal", new Table.Text("Key result " + k + " of goal " + goal
                            + " \u5173\u952e\u7ed3\u679c"));
                    cells.put("planned", new Table.Number(BigDecimal.valueOf(100 + goal % 50)));
                    cells.put("actual", new Table.Number(BigDecimal.valueOf(goal % 130, 1)));
                    cells.put("deviation", new Table.Number(BigDecimal.valueOf(-(goal % 400), 1)));
                    cells.put("cause", goal % 3 == 0 ? new Table.Text("Vendor delay, \"late\" parts")
                            : new Table.Empty());
                    cells.put("adjustment", new Table.Empty());
                    cells.put("owner", new Table.Person("user" + goal % 700));
                    cells.put("updatedOn", new Table.Day(LocalDate.of(2026, 1 + goal % 12, 1 + k)));
                    rows.add(new Table.Row(goal + 1L, (long) goal * KEY_RESULTS + k, null, cells));
                }
            }
            pages.add(new Table(kind, kind.columns(), rows, first, PAGE, GOALS));
        }
        return pages;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A stream that counts and drops the bytes. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
