package dev.cascade.okr.web.page;

import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.LevelScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frame of the project's Goals page: its heading, the views a person switches between (each link keeping the
 * period), the period chooser and the address its forms are sent to. The view shown is one of {@value #TREE},
 * {@value #TABLES}, {@value #MINE}, {@value #APPRAISAL} or {@value #GOAL} (a goal's page); the frame's template
 * includes that view's template, whose model the context provider adds under the view's own key.
 */
public final class GoalsPageView {

    /** The cascade tree (the default view). */
    public static final String TREE = "tree";
    /** The tables people know. */
    public static final String TABLES = "tables";
    /** The signed-in person's goals. */
    public static final String MINE = "mine";
    /** A goal's page. */
    public static final String GOAL = "goal";
    /** The appraisal and feedback table with the grade distribution, or a person's appraisal ({@code person=}). */
    public static final String APPRAISAL = "appraisal";

    private static final List<String> TABS = List.of(TREE, TABLES, MINE, APPRAISAL);
    private static final Set<String> VIEWS = Set.of(TREE, TABLES, MINE, APPRAISAL, GOAL);

    private final String view;
    private final PageLinks links;
    private final String heading;
    private final List<Tab> tabs;
    private final List<Option> periods;
    private final Formats formats;
    private final String message;
    private final LocalDate today;
    private final List<Option> levels;
    private final boolean signedIn;

    private GoalsPageView(String view, PageLinks links, String heading, List<Tab> tabs, List<Option> periods,
            Formats formats, String message, LocalDate today, List<Option> levels, boolean signedIn) {
        this.view = view;
        this.links = links;
        this.heading = heading;
        this.tabs = List.copyOf(tabs);
        this.periods = List.copyOf(periods);
        this.formats = formats;
        this.message = message;
        this.today = today;
        this.levels = List.copyOf(levels);
        this.signedIn = signedIn;
    }

    /** The page when the host gave no project: a message, nothing else. */
    public static GoalsPageView unavailable(Formats formats, LocalDate today) {
        return new GoalsPageView(TREE, new PageLinks("", "", ""), formats.i18n().text("cascade.panel.project.title"),
                List.of(), List.of(), formats, formats.i18n().text("cascade.panel.project.unavailable"), today,
                List.of(), false);
    }

    /**
     * The frame of a project's page.
     *
     * @param requestedView the {@code view} parameter (anything else than a known view shows the tree)
     * @param goalShown whether a goal's page is asked for ({@code goal=ID})
     * @param projectName the project's name
     * @param links the page's addresses, with the period chosen ({@code links.period()}, or empty for this year)
     * @param formats the reader's formats
     * @param today today, for the period choices
     * @param levels the configured levels, for the create dialog
     * @param signedIn whether someone is signed in (only they get the page's actions)
     */
    public static GoalsPageView of(String requestedView, boolean goalShown, String projectName, PageLinks links,
            Formats formats, LocalDate today, LevelScheme levels, boolean signedIn) {
        String view = goalShown ? GOAL : VIEWS.contains(requestedView) && !GOAL.equals(requestedView)
                ? requestedView : TREE;
        List<Tab> tabs = new ArrayList<>();
        for (String tab : TABS) {
            tabs.add(new Tab(formats.i18n().text("cascade.page.view." + tab), links.view(tab), tab.equals(view)));
        }
        List<Option> levelChoices = new ArrayList<>();
        for (Level level : levels.levels()) {
            levelChoices.add(new Option(level.key(), formats.level(levels, level.key()), levelChoices.isEmpty()));
        }
        return new GoalsPageView(view, links, formats.i18n().text("cascade.page.heading", projectName), tabs,
                periodChoices(links.period(), today, formats), formats, "", today, levelChoices, signedIn);
    }

    /** The years around this one and the quarters of the year chosen; the chosen period first selected. */
    private static List<Option> periodChoices(String chosen, LocalDate today, Formats formats) {
        String current = chosen.isEmpty() ? Integer.toString(today.getYear()) : chosen;
        int year = current.length() >= 4 && current.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(current.substring(0, 4)) : today.getYear();
        List<String> values = new ArrayList<>();
        for (int y = year - 1; y <= year + 1; y++) {
            values.add(Integer.toString(y));
            if (y == year) {
                for (int q = 1; q <= 4; q++) {
                    values.add(y + "-Q" + q);
                }
            }
        }
        if (!values.contains(current)) {
            values.add(0, current);
        }
        return values.stream().map(v -> new Option(v, v.contains("-Q")
                ? formats.i18n().text("cascade.page.period.quarter", v.substring(0, 4), v.substring(6)) : v,
                v.equals(current))).toList();
    }

    /** The view shown: tree, tables, mine, appraisal or goal. */
    public String getView() {
        return view;
    }

    /** The page's heading ("Goals · Cascade Demo"). */
    public String getHeading() {
        return heading;
    }

    /** The views a person switches between. */
    public List<Tab> getTabs() {
        return tabs;
    }

    /** The period choices. */
    public List<Option> getPeriods() {
        return periods;
    }

    /** The project's key. */
    public String getProjectKey() {
        return links.projectKey();
    }

    /** The address the page's GET forms are sent to (the project page). */
    public String getAction() {
        return links.contextPath() + "/projects/" + links.projectKey();
    }

    /** The {@code selectedItem} parameter every form of the page keeps. */
    public String getSelectedItem() {
        return PageLinks.SELECTED_ITEM;
    }

    /** The period chosen, as sent; empty for this year. */
    public String getPeriod() {
        return links.period();
    }

    /** The address of a view ({@code tree}, {@code tables}, {@code mine}) keeping the period. */
    public String viewHref(String name) {
        return links.view(name, Map.of());
    }

    /** Whether the page has nothing but a message ({@link #getMessage()}). */
    public boolean isUnavailable() {
        return !message.isEmpty();
    }

    /** Why the page shows nothing, or empty. */
    public String getMessage() {
        return message;
    }

    /** Whether the page offers its actions (create, check in…): to anyone signed in; the server decides the rest. */
    public boolean isCanCreate() {
        return signedIn;
    }

    /** The base address of the plugin's REST API ({@code /jira/rest/cascade/1.0}). */
    public String getRestBase() {
        return links.contextPath() + "/rest/cascade/1.0";
    }

    /** Today, {@code YYYY-MM-DD}: the check-in's default day and latest allowed. */
    public String getToday() {
        return today.toString();
    }

    /** The period chosen, or this year: the create dialog's default. */
    public String getPeriodOrYear() {
        return links.period().isEmpty() ? Integer.toString(today.getYear()) : links.period();
    }

    /** A goal's page with {@code {id}} for the id, for a script to open a goal it just created. */
    public String getGoalHrefTemplate() {
        return links.goal(1).replace("goal=1", "goal={id}");
    }

    /** The configured levels, the first selected. */
    public List<Option> getLevels() {
        return levels;
    }

    /** The confidence choices of a check-in, 1 to 10, 5 selected. */
    public List<Option> getConfidences() {
        List<Option> choices = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            choices.add(new Option(Integer.toString(c), formats.i18n().text("cascade.page.dialog.check-in.confidence."
                    + (c == 1 ? "low" : c == 10 ? "high" : "mid"), Integer.toString(c)), c == 5));
        }
        return choices;
    }

    /** A translated label of the page ({@code cascade.page.<name>}). */
    public String label(String name) {
        return formats.i18n().text("cascade.page." + name);
    }
}
