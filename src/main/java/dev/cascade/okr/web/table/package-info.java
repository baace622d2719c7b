/**
 * The Goals page's Tables view (decision 0015): the seed tables of {@code service.table} as AUI tables in the reader's
 * language and locale, with a sub-navigation between them. View models only; the template is
 * {@code templates/jira/goals/tables.vm}.
 */
package dev.cascade.okr.web.table;
