package dev.cascade.okr.service.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.service.table.TableService.TableRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The export reads every page of the table through the table read, 100 goals at a time and in order, hands each page
 * on before it reads the next, answers the read's failure before anything is written, and refuses a table too large.
 */
public class TableExportsTest {

    private static final Caller BOB = Caller.user("bob");

    private final TableService tables = mock(TableService.class);
    private final TableExports exports = new TableExports(tables);

    @Test
    public void shouldHandOnEveryPageInOrderWhenTheTableHasSeveralPages() throws Exception {
        for (int offset = 0; offset < 250; offset += TableExports.PAGE) {
            when(tables.table(eq(BOB), eq(new TableRequest("company-goals", "2026", "CASC", offset,
                    TableExports.PAGE)))).thenReturn(Outcome.success(page(offset, 250)));
        }

        Outcome<TableExports.Export> export = exports.open(BOB, "company-goals", "2026", "CASC");
        List<Integer> offsets = new ArrayList<>();
        export.value().writeTo(page -> offsets.add(page.offset()));

        assertEquals(List.of(0, 100, 200), offsets);
        verify(tables).table(BOB, new TableRequest("company-goals", "2026", "CASC", 200, TableExports.PAGE));
    }

    @Test
    public void shouldAnswerTheReadsFailureBeforeWritingAnything() {
        when(tables.table(eq(BOB), any())).thenReturn(Outcome.failure(Failure.INVALID,
                Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", "NOPE")));

        Outcome<TableExports.Export> export = exports.open(BOB, "company-goals", "2026", "NOPE");

        assertFalse(export.isSuccess());
        assertEquals(ViolationCode.PROJECT_UNKNOWN, export.violations().get(0).code());
    }

    @Test
    public void shouldRefuseATableOfMoreGoalsThanOneExportWrites() {
        when(tables.table(eq(BOB), any())).thenReturn(Outcome.success(page(0, TableExports.MAX_GOALS + 1)));

        Outcome<TableExports.Export> export = exports.open(BOB, "company-goals", "2026", null);

        assertFalse(export.isSuccess());
        assertEquals(ViolationCode.EXPORT_TOO_LARGE, export.violations().get(0).code());
        assertEquals("project", export.violations().get(0).field());
        assertEquals(List.of(String.valueOf(TableExports.MAX_GOALS + 1), String.valueOf(TableExports.MAX_GOALS)),
                export.violations().get(0).args());
    }

    private static Table page(int offset, int total) {
        Kind kind = Kind.COMPANY_GOALS;
        List<Table.Row> rows = new ArrayList<>();
        for (int goal = offset; goal < Math.min(total, offset + TableExports.PAGE); goal++) {
            Map<String, Table.Cell> cells = new LinkedHashMap<>();
            kind.columnKeys().forEach(key -> cells.put(key, new Table.Empty()));
            rows.add(new Table.Row(goal + 1L, null, null, cells));
        }
        return new Table(kind, kind.columns(), rows, offset, TableExports.PAGE, total);
    }
}
