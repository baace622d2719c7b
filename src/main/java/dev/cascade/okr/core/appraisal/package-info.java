/**
 * Appraisal: the configurable scheme, composite scores with their arithmetic, grades, the advisory distribution check,
 * and the confirmation and appraisal workflows.
 */
package dev.cascade.okr.core.appraisal;
