/**
 * Confluence adapters (decision 0021): the Cascade macros, their typed parameters, and the one client of Jira's
 * {@code /rest/cascade/1.0/} over Application Links as the viewing user. Data lives in Jira; these classes parse,
 * fetch, map and render, and compute no rule. Only this package names {@code com.atlassian.confluence} and
 * {@code com.atlassian.applinks} types, and its beans are Confluence-only ({@code component-confluence}).
 */
package dev.cascade.okr.confluence;
