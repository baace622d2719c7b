/**
 * The period end: confirmation, appraisal, achievement evidence, summaries, closing a period and carry-over.
 * Carry-over and period closing create and close goals through the goal room (docs/decisions/0013).
 */
package dev.cascade.okr.service.appraisal;
