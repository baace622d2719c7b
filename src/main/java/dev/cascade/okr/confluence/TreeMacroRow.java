package dev.cascade.okr.confluence;

import dev.cascade.okr.web.ProgressView;

/**
 * One goal of the cascade tree macro, in tree order: its place (indent), its title (linked to its page in Jira when
 * the macro knows the project), level, progress rolled up by Jira's core, and zone, all as finished text.
 *
 * @param goalId the goal's id
 * @param depth 0 for the root, 1 for its children…
 * @param title the title
 * @param href the goal's page in Jira, or empty
 * @param levelName the level's name in the reader's language
 * @param progress the rolled-up progress
 * @param zone the zone's name
 * @param zoneCode the zone's code ({@code below-floor}) for its class
 */
public record TreeMacroRow(long goalId, int depth, String title, String href, String levelName, ProgressView progress,
        String zone, String zoneCode) {

    /** The indent class, {@code cascade-indent-0} to {@code cascade-indent-10}. */
    public String indent() {
        return "cascade-indent-" + Math.min(depth, MacroParameters.MAX_DEPTH);
    }

    /** The indent as text (two em spaces a level), so the tree reads as a tree in print and PDF without a style. */
    public String indentText() {
        return "\u2003\u2003".repeat(Math.min(depth, MacroParameters.MAX_DEPTH));
    }

    /** The tree level for {@code aria-level}: the root is 1. */
    public int ariaLevel() {
        return depth + 1;
    }
}
