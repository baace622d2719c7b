/**
 * A goal's page of the project's Goals page (decision 0015): the view model of one goal with its key results, the
 * issues behind them, its parents and children, its plan-against-actual chart, check-ins, reviews and adjustments,
 * every text translated and every number and date formatted for the reader. It uses the page kernel
 * ({@code web.page}), the shared view parts of {@code web} and {@code web.chart}, and no other view's room.
 */
package dev.cascade.okr.web.goalpage;
