/**
 * The five tables users know, read through {@code service.table}.
 */
package dev.cascade.okr.rest.table;
