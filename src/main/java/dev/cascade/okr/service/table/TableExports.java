package dev.cascade.okr.service.table;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.table.TableService.TableRequest;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * A whole seed table for the spreadsheet export (issue 15): the same reads as {@code GET /tables/{table}} — the same
 * service call, access rule and rows — page after page of {@value #PAGE} goals, each page handed on before the next
 * is read, so the export never holds more than one page. The first page is read before anything is written, so a bad
 * table name, period or project is answered as an error rather than as a broken file.
 *
 * <p>Bounded: a table of more than {@value #MAX_GOALS} goals is refused ({@code export.too-large}); the reader narrows
 * it to a project. Pages are separate reads: a goal created or removed while a large table is written may be missed
 * or repeated at a page boundary, as when a reader pages through the table on screen.
 */
@JiraComponent
public final class TableExports {

    /** The goals read at a time. */
    static final int PAGE = GoalQuery.MAX_LIMIT;
    /** The most goals one export writes. */
    public static final int MAX_GOALS = 20_000;

    private final TableService tables;

    /** Creates the service. */
    @Inject
    public TableExports(TableService tables) {
        this.tables = tables;
    }

    /** What a page of the table is handed to. */
    @FunctionalInterface
    public interface PageSink {
        /** Takes one page; a failure to write stops the export. */
        void accept(Table page) throws IOException;
    }

    /** An export whose first page is read: {@link #writeTo} hands on every page. */
    public final class Export {
        private final Caller caller;
        private final TableRequest request;
        private final Table first;

        private Export(Caller caller, TableRequest request, Table first) {
            this.caller = caller;
            this.request = request;
            this.first = first;
        }

        /** The first page: the table's kind and columns. */
        public Table first() {
            return first;
        }

        /** Hands on the first page and then each further page, in order, until every goal is read. */
        public void writeTo(PageSink sink) throws IOException {
            Table page = first;
            sink.accept(page);
            int offset = page.offset() + PAGE;
            while (offset < page.total()) {
                Outcome<Table> next = tables.table(caller, new TableRequest(request.table(), request.period(),
                        request.project(), offset, PAGE));
                if (!next.isSuccess()) {
                    return;
                }
                page = next.value();
                sink.accept(page);
                offset += PAGE;
            }
        }
    }

    /**
     * The export of {@code table} for {@code period} and optionally {@code project}: the failures of
     * {@link TableService#table}, or 400 {@code export.too-large} at {@code project} when more than
     * {@value #MAX_GOALS} goals match.
     */
    public Outcome<Export> open(Caller caller, String table, String period, String project) {
        TableRequest request = new TableRequest(table, period, project, 0, PAGE);
        Outcome<Table> first = tables.table(caller, request);
        if (!first.isSuccess()) {
            return first.failed();
        }
        if (first.value().total() > MAX_GOALS) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.EXPORT_TOO_LARGE, "project",
                    String.valueOf(first.value().total()), String.valueOf(MAX_GOALS)));
        }
        return Outcome.success(new Export(caller, request, first.value()));
    }
}
