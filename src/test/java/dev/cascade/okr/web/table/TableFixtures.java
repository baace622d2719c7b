package dev.cascade.okr.web.table;

import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.service.table.Table;
import dev.cascade.okr.service.table.Table.Cell;
import dev.cascade.okr.service.table.Table.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Seed tables as the read model answers them, for the Tables view's tests. */
final class TableFixtures {

    /** The dev host's people by user key; anyone else by key. */
    static final Function<String, String> NAMES = key -> Map.of("bob", "Bob Li", "zhang", "\u5f20\u4f1f")
            .getOrDefault(key, key);

    private TableFixtures() {
    }

    /** The product's tracking record examples: 甲 Q1 plan 12, actual 10 (−16.7 %), and one above plan (+6.7 %). */
    static Table trackingRecord(String title, String cause) {
        return new Table(Kind.TRACKING_RECORD, Kind.TRACKING_RECORD.columns(), List.of(
                trackingRow(7, 70L, "bob", title, "12", "10", "-16.7", TrackingStatus.AT_RISK, cause, "2026-12-07"),
                trackingRow(8, 80L, "zhang", "Cash collected", "12000", "12804", "6.7", TrackingStatus.ON_TRACK,
                        "", "2026-03-31")), 0, 25, 2);
    }

    static Table.Row trackingRow(long goal, Long keyResult, String who, String title, String planned, String actual,
            String deviation, TrackingStatus status, String cause, String updatedOn) {
        return new Table.Row(goal, keyResult, null, cells(Kind.TRACKING_RECORD, new Table.Person(who),
                new Table.Text(title), number(planned), number(actual), number(deviation),
                cause.isEmpty() ? new Table.Empty() : new Table.Text(cause), new Table.Empty(), new Table.Person(who),
                new Table.Day(LocalDate.parse(updatedOn))), Optional.of(status));
    }

    /** A company goals table of one goal with two targets and a translated category. */
    static Table companyGoals(String title) {
        return new Table(Kind.COMPANY_GOALS, Kind.COMPANY_GOALS.columns(), List.of(new Table.Row(3, null, null,
                cells(Kind.COMPANY_GOALS, new Table.Label("cascade.category.strategic", List.of()),
                        new Table.Text(title), new Table.Many(List.of(new Table.Text("20 %"),
                                new Table.Label("cascade.table.target.milestone", List.of()))),
                        new Table.Many(List.of(new Table.Text("SALES"), new Table.Text("Marketing"))),
                        new Table.Day(LocalDate.parse("2026-12-31")), new Table.Many(List.of())))), 0, 25, 1);
    }

    static Table empty(Kind kind) {
        return new Table(kind, kind.columns(), List.of(), 0, 25, 0);
    }

    static Cell number(String value) {
        return new Table.Number(new BigDecimal(value));
    }

    static Map<String, Cell> cells(Kind kind, Cell... cells) {
        Map<String, Cell> byKey = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byKey.put(kind.columnKeys().get(i), cells[i]);
        }
        return byKey;
    }
}
