/**
 * The read-model room: arranges the other rooms' answers into the five tables (docs/decisions/0007).
 */
package dev.cascade.okr.service.table;
