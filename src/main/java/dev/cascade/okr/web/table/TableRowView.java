package dev.cascade.okr.web.table;

import java.util.List;

/**
 * One row: the goal (and key result) it speaks for, for the page's scripts' {@code data-*} attributes, and its cells in
 * column order.
 *
 * @param goalId the goal's id
 * @param keyResultId the key result's id in the per-key-result tables, else empty text
 * @param cells the cells, in column order
 */
public record TableRowView(long goalId, String keyResultId, List<TableCellView> cells) {

    /** Copies the cells. */
    public TableRowView {
        cells = List.copyOf(cells);
    }
}
