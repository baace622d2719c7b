/**
 * Planned against actual: tracking tables, check-ins, target adjustments, reviews and progress series.
 */
package dev.cascade.okr.service.tracking;
