/**
 * Action plans of a goal: initiatives, tasks, RACI, dependencies and risks.
 */
package dev.cascade.okr.rest.plan;
