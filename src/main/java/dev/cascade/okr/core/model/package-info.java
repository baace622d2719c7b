/** Objectives, key results and the drafts people submit; immutable values with value-typed ids. */
package dev.cascade.okr.core.model;
