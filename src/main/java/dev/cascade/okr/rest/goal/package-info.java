/**
 * Goals, key results, alignments and the cascade: {@code /goals}, {@code /key-results}, {@code /cascade}. Uses the
 * request kernel and the goal room of the services.
 */
package dev.cascade.okr.rest.goal;
