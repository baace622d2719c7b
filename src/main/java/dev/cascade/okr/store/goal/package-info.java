/**
 * The goal room's Active Objects entities and the store implementing its core port; entities never leave the room.
 */
package dev.cascade.okr.store.goal;
