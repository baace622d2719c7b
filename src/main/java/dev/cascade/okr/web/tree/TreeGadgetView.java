package dev.cascade.okr.web.tree;

import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.service.page.CascadePageService.Node;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The goal tree dashboard item's content: a chosen goal and the goals below it to the depth chosen, each row with its
 * rolled-up progress, zone and status as the Goals page's tree shows them (the rows come from {@link TreeRows}, key
 * results left out), each goal linking to its page under its own project (a goal of a group under the nearest goal
 * above it that has one; no link when none has). Or a translated message: no goal chosen yet, or the goal is not
 * available (missing, or the reader may not see it: the same words for both).
 *
 * @param state {@value #TREE}, {@value #UNCONFIGURED} or {@value #UNAVAILABLE}
 * @param heading the chosen goal's title; empty without a tree
 * @param headingHref the chosen goal's page, or empty
 * @param periodText the period chosen, as the reader reads it, or the words for "any period"
 * @param rows the goals in reading order, the chosen goal first
 * @param message why there is no tree, or empty
 * @param text the reader's translations, by key
 */
public record TreeGadgetView(String state, String heading, String headingHref, String periodText,
        List<TreeRowView> rows, String message, Function<String, String> text) {

    /** The tree is shown. */
    public static final String TREE = "tree";
    /** No goal chosen yet. */
    public static final String UNCONFIGURED = "unconfigured";
    /** The goal is missing or the reader may not see it. */
    public static final String UNAVAILABLE = "unavailable";

    /** Copies the rows. */
    public TreeGadgetView {
        rows = List.copyOf(rows);
    }

    /**
     * The tree below {@code root}.
     *
     * @param root the chosen goal with the goals below it
     * @param contextPath the host's context path, for the links
     * @param period the period chosen ({@code 2026}), empty for any
     * @param levels the configured levels
     * @param formats the reader's formats
     * @param displayNames a user key to the name Jira shows
     */
    public static TreeGadgetView of(Node root, String contextPath, String period, LevelScheme levels,
            Formats formats, Function<String, String> displayNames) {
        Map<Long, String> projects = new HashMap<>();
        projectsOf(root, "", projects);
        TreeRows builder = new TreeRows(new PageLinks(contextPath, "", period), formats, levels, displayNames);
        List<TreeRowView> rows = builder.of(List.of(root), "", 1).stream().filter(TreeRowView::goal)
                .map(row -> row.withHref(projects.get(row.goalId()).isEmpty() ? ""
                        : new PageLinks(contextPath, projects.get(row.goalId()), period).goal(row.goalId())))
                .toList();
        return new TreeGadgetView(TREE, root.tree().goal().objective().title(), rows.get(0).href(),
                periodText(period, formats), rows, "", text(formats));
    }

    /** Nothing chosen yet: a message that says to configure the item. */
    public static TreeGadgetView unconfigured(Formats formats) {
        return message(UNCONFIGURED, "cascade.gadget.unconfigured", formats);
    }

    /** The goal is missing or the reader may not see it: the same words for both, so nothing is revealed. */
    public static TreeGadgetView unavailable(Formats formats) {
        return message(UNAVAILABLE, "cascade.gadget.unavailable", formats);
    }

    private static TreeGadgetView message(String state, String key, Formats formats) {
        return new TreeGadgetView(state, "", "", "", List.of(), formats.i18n().text(key), text(formats));
    }

    private static Function<String, String> text(Formats formats) {
        return key -> formats.i18n().text(key);
    }

    private static String periodText(String period, Formats formats) {
        return period.isEmpty() ? formats.i18n().text("cascade.gadget.period.any")
                : formats.i18n().text("cascade.gadget.period.shown", period);
    }

    /** Each goal's project: its own, else the one of the nearest goal above it that has one, else empty. */
    private static void projectsOf(Node node, String above, Map<Long, String> projects) {
        String own = node.tree().goal().objective().unit() instanceof OrgUnit.Project project ? project.key()
                : above;
        projects.putIfAbsent(node.id(), own);
        for (Node child : node.children()) {
            projectsOf(child, own, projects);
        }
    }

    /** Whether the tree is shown (else {@link #message()} says why). */
    public boolean shown() {
        return TREE.equals(state);
    }

    /** A translated label of the item ({@code cascade.gadget.<name>}). */
    public String label(String name) {
        return text.apply("cascade.gadget." + name);
    }
}
