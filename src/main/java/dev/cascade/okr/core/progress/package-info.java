/**
 * Progress rules: per-basis policies, issue facts and history, and the roll-up of key results into objectives (the
 * progress value and its no-data state are in {@code model}).
 */
package dev.cascade.okr.core.progress;
