/**
 * Goals and their key results, links and alignments, queries over them, and the goal lifecycle (close, reopen).
 */
package dev.cascade.okr.service.goal;
