/**
 * Active Objects entities ({@code *Ao}) and the stores implementing the core's ports. Entities never leave this
 * package: stores map them to core objects inside the transaction.
 */
package dev.cascade.okr.store;
