/**
 * The Goals page's "My goals" view (decision 0015): the signed-in person's goals and key results from
 * {@code service.page.MyGoalsService}, overdue check-ins first. View models only; the template is
 * {@code templates/jira/goals/mine.vm}.
 */
package dev.cascade.okr.web.mine;
