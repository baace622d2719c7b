package dev.cascade.okr.web.tree;

import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.CascadePageService.CascadePage;
import dev.cascade.okr.service.page.CascadePageService.CascadeRequest;
import dev.cascade.okr.service.page.CascadePageService.Node;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.Option;
import dev.cascade.okr.web.page.PageLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cascade tree view of the Goals page: the rows (goals with their key results, the first levels; the rest load on
 * expand), the filters (level, owner, status) with their choices, and the column headings, all translated; or a
 * translated message saying why there is nothing to show.
 *
 * @param rows the rows in reading order
 * @param message why there is no row, or empty
 * @param levels the level filter's choices
 * @param owners the owner filter's choices: the owners in the tree
 * @param statuses the status filter's choices
 * @param filtered whether a filter is applied (then every level is shown, and goals that do not match are dimmed)
 * @param text the reader's translations, by key
 */
public record TreeView(List<TreeRowView> rows, String message, List<Option> levels, List<Option> owners,
        List<Option> statuses, boolean filtered, Function<String, String> text) {

    /** Copies the lists. */
    public TreeView {
        rows = List.copyOf(rows);
        levels = List.copyOf(levels);
        owners = List.copyOf(owners);
        statuses = List.copyOf(statuses);
    }

    /** The view of the page's tree, or of the first violation that stopped it. */
    public static TreeView of(Outcome<CascadePage> outcome, CascadeRequest request, PageLinks links, Formats formats,
            Function<String, String> displayNames) {
        Function<String, String> text = key -> formats.i18n().text(key);
        List<Option> statuses = new ArrayList<>();
        for (TrackingStatus status : TrackingStatus.values()) {
            statuses.add(new Option(Formats.statusCode(status), formats.status(status),
                    Formats.statusCode(status).equals(request.status())));
        }
        if (!outcome.isSuccess()) {
            Violation first = outcome.violations().get(0);
            return new TreeView(List.of(), formats.i18n().text(first.code().messageKey(),
                    first.args().toArray(new String[0])), List.of(), List.of(), statuses, request.filtered(), text);
        }
        CascadePage page = outcome.value();
        TreeRows builder = new TreeRows(links, formats, page.levels(), displayNames);
        List<TreeRowView> rows = builder.of(page.roots(), "", 1);
        List<Option> levels = new ArrayList<>();
        for (Level level : page.levels().levels()) {
            levels.add(new Option(level.key(), formats.level(page.levels(), level.key()),
                    level.key().equals(request.level())));
        }
        Map<String, String> ownerNames = new TreeMap<>();
        collectOwners(page.roots(), ownerNames);
        if (request.owner() != null && !request.owner().isBlank()) {
            ownerNames.putIfAbsent(request.owner().trim(), displayNames.apply(request.owner().trim()));
        }
        List<Option> owners = ownerNames.entrySet().stream()
                .map(e -> new Option(e.getKey(), displayNames.apply(e.getKey()),
                        e.getKey().equals(Objects.requireNonNullElse(request.owner(), "").trim())))
                .sorted((a, b) -> a.label().compareToIgnoreCase(b.label())).toList();
        String message = rows.isEmpty() ? formats.i18n().text(page.filtered() ? "cascade.page.tree.no-match"
                : "cascade.page.tree.empty", page.periodText()) : "";
        return new TreeView(rows, message, levels, owners, statuses, page.filtered(), text);
    }

    /**
     * The rows of the goals below one goal, for an expand: placed under the goal at {@code parentPath}, at
     * {@code level}, rendered by the same row template as the page.
     */
    public static TreeView fragment(List<Node> children, String parentPath, int level, LevelScheme levels,
            PageLinks links, Formats formats, Function<String, String> displayNames) {
        List<TreeRowView> rows = new TreeRows(links, formats, levels, displayNames).of(children, parentPath, level);
        return new TreeView(rows, "", List.of(), List.of(), List.of(), false, key -> formats.i18n().text(key));
    }

    private static void collectOwners(List<Node> nodes, Map<String, String> owners) {
        for (Node node : nodes) {
            owners.put(node.tree().goal().objective().owner().key(), "");
            collectOwners(node.children(), owners);
        }
    }

    /** Whether there is no row (then {@link #message()} says why). */
    public boolean empty() {
        return rows.isEmpty();
    }

    /** A translated label of the tree ({@code cascade.page.tree.<name>}): headings, filter names, buttons. */
    public String label(String name) {
        return text.apply("cascade.page.tree." + name);
    }
}
