package dev.cascade.okr.confluence;

import java.util.Locale;

/**
 * The parameters a Cascade macro may take, by their name in the page's storage format; each has its label (the
 * macro browser's and the one error messages name) under {@code cascade.macro.param.<name>.label}.
 */
public enum MacroParameter {
    /** A Jira project key ({@code CASC}). */
    PROJECT("project"),
    /** A period shortcut ({@code 2026}, {@code 2026-H1}, {@code 2026-Q1}, {@code 2026-03}). */
    PERIOD("period"),
    /** The id of the goal at the root of a tree or shown on a card. */
    GOAL("goal"),
    /** The column keys to show, comma-separated, in the table's order. */
    COLUMNS("columns"),
    /** How many levels below the root a tree shows. */
    DEPTH("depth"),
    /** A past day ({@code YYYY-MM-DD}) to show the figures as they stood then. */
    AS_OF("asOf");

    private final String storageName;

    MacroParameter(String storageName) {
        this.storageName = storageName;
    }

    /** The name in the page's storage format and in {@code atlassian-plugin.xml}. */
    public String storageName() {
        return storageName;
    }

    /** The i18n key of the parameter's label. */
    public String labelKey() {
        return "cascade.macro.param." + storageName.toLowerCase(Locale.ROOT) + ".label";
    }
}
