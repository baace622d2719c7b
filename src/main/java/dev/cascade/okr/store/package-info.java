/**
 * Active Objects entities ({@code *Ao}) and the stores implementing the core's ports. Entities never leave this
 * package: stores map them to core objects inside the transaction. One room per feature over the shared
 * {@code kernel}; this package keeps only the schema upgrade that creates every room's tables.
 */
package dev.cascade.okr.store;
