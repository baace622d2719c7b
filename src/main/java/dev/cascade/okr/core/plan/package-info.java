/**
 * Action plans: the initiatives and tasks of one goal with their owners, dates, resources, RACI roles, dependencies
 * and risks, and the policy that checks what people submit.
 */
package dev.cascade.okr.core.plan;
