/**
 * Action plans of a goal.
 */
package dev.cascade.okr.service.plan;
