/**
 * Planned against actual: tracking tables, check-ins, target adjustments, reviews and progress series.
 * {@code TrackingService} is the room's service; its package-private parts each do one job (plans and check-ins,
 * tables and reviews, adjustments and the targets in force) over one access path, {@code TrackingAccess}.
 */
package dev.cascade.okr.service.tracking;
