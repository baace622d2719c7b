/**
 * Use cases over the core: who may do what, in which transaction, and what must be recomputed. Host-neutral: it
 * reaches Jira only through the core's ports. One room per feature over the shared {@code kernel}.
 */
package dev.cascade.okr.service;
