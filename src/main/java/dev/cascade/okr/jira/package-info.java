/**
 * Jira adapters: the issue-completion source over {@code SearchService}, the issue event listener, Jira permissions
 * and the project page's context provider. The only package that touches {@code com.atlassian.jira}.
 */
package dev.cascade.okr.jira;
