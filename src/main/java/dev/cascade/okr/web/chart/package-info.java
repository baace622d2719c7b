/**
 * Charts as SVG written on the server from core's numbers (ARCHITECTURE §7): a small SVG writer that escapes every
 * text and attribute value, and the plan-against-actual chart of a key result or goal. The chart draws the numbers it
 * is given; it recomputes no rule (plan, progress, deviation and roll-up stay in core). Output is deterministic (the
 * same input gives the same bytes), uses presentation attributes and {@code cascade-chart-*} classes, never a
 * {@code style} attribute or script, and is labelled for screen readers in the reader's language.
 */
package dev.cascade.okr.web.chart;
