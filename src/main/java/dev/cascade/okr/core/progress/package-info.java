/** Progress: the explicit no-data state, per-basis policies and the roll-up of key results into objectives. */
package dev.cascade.okr.core.progress;
