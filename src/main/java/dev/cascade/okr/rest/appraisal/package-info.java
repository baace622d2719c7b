/**
 * The period end: goal confirmation, appraisal, achievement, grade distribution, closing periods and carry-over.
 */
package dev.cascade.okr.rest.appraisal;
