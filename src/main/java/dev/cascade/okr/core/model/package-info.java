/**
 * Objectives, key results and the drafts people submit; immutable values with value-typed ids, the progress value they
 * hold, and the policies that check them. Uses only {@code validation} in core.
 */
package dev.cascade.okr.core.model;
