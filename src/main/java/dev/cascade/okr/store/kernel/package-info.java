/**
 * What every store room shares: the entity base ({@code CascadeAo}), version claims and optimistic locking,
 * column and IN-list helpers, and the settings text codec.
 */
package dev.cascade.okr.store.kernel;
