package dev.cascade.okr.web;

/**
 * The translated headings and notes of the issue view's goals panel.
 *
 * @param keyResult the heading of the key result column
 * @param progress the heading of the progress column
 * @param zone the heading of the tier column
 * @param jqlNote the note on key results linked by a JQL query: they are listed when their query finds the issue, or
 *     how many of them were not checked (the service's bounds)
 */
public record IssueGoalsLabels(String keyResult, String progress, String zone, String jqlNote) {

    /** The labels in the viewer's language; the note says how many JQL-linked key results were not checked, if any. */
    static IssueGoalsLabels of(Translator i18n, int jqlUnchecked) {
        return new IssueGoalsLabels(i18n.text("cascade.panel.issue.key-result"),
                i18n.text("cascade.panel.column.progress"), i18n.text("cascade.panel.issue.zone"),
                jqlUnchecked > 0 ? i18n.text("cascade.panel.issue.jql-unchecked", Integer.toString(jqlUnchecked))
                        : i18n.text("cascade.panel.issue.jql-note"));
    }
}
