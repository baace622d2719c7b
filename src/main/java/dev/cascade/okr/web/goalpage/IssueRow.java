package dev.cascade.okr.web.goalpage;

/**
 * One Jira issue behind a key result.
 *
 * @param key the issue key
 * @param href the issue's page in Jira
 * @param summary its summary
 * @param status its status category, translated ("Done")
 * @param statusLozenge the AUI lozenge modifier of that category; empty for the grey one
 */
public record IssueRow(String key, String href, String summary, String status, String statusLozenge) {
}
