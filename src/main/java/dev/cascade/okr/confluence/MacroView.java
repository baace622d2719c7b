package dev.cascade.okr.confluence;

import dev.cascade.okr.web.table.TablesView;
import java.util.List;

/**
 * What a Cascade macro shows in a Confluence page ({@code templates/confluence/macro.vm}): a heading, then either the
 * content — a table, a tree or a goal card — with a footer saying where and when it was read, or one AUI message box
 * saying in the reader's language why there is nothing to show and, where there is one, what to do (authorise access,
 * open Jira). Every text is finished, translated plain text; the template escapes it.
 *
 * @param id the heading's id, unique for the macro and its parameters on a page
 * @param kind {@code table}, {@code tree}, {@code card} or {@code message}
 * @param heading the heading, or empty
 * @param messageType the AUI message type when {@code kind} is {@code message}: {@code error}, {@code warning},
 *     {@code info}
 * @param messageTitle the message's title, or empty
 * @param messages the message's lines
 * @param actionHref where the message's action goes (authorise access, Jira), or empty
 * @param actionText the action's text, or empty
 * @param footer "From Jira · as of 7 Dec 2026 10:42", or empty
 * @param jiraHref the page in Jira showing the same, or empty
 * @param jiraText the text of that link
 * @param tables the table (kind {@code table}), else {@code null}
 * @param rows the tree's rows (kind {@code tree}), else empty
 * @param card the goal card (kind {@code card}), else {@code null}
 * @param labels the headings of the tree's columns and the card's figures
 */
public record MacroView(String id, String kind, String heading, String messageType, String messageTitle,
        List<String> messages, String actionHref, String actionText, String footer, String jiraHref, String jiraText,
        TablesView tables, List<TreeMacroRow> rows, GoalCardView card, Labels labels) {

    /** Copies the lists. */
    public MacroView {
        messages = List.copyOf(messages);
        rows = List.copyOf(rows);
    }

    /**
     * The headings of the tree's columns and the card's figures, in the reader's language.
     *
     * @param goal "Goal"
     * @param level "Level"
     * @param progress "Progress"
     * @param zone "Zone"
     */
    public record Labels(String goal, String level, String progress, String zone) {
    }

    /** A message instead of content. */
    static MacroView message(String id, String heading, String type, String title, List<String> lines,
            String actionHref, String actionText) {
        return new MacroView(id, "message", heading, type, title, lines, actionHref, actionText, "", "", "", null,
                List.of(), null, null);
    }

    /** Whether the view is a message (nothing else is shown). */
    public boolean failed() {
        return "message".equals(kind);
    }
}
