/**
 * The OKR rules: pure Java (imports {@code java.*} only), no annotations, no host types, no I/O, no wall clock.
 * Everything that decides a number or a violation lives here exactly once.
 */
package dev.cascade.okr.core;
