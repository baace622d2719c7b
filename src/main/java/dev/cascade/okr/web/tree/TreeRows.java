package dev.cascade.okr.web.tree;

import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.page.CascadePageService.Node;
import dev.cascade.okr.web.BasisText;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Flattens tree nodes into rows in reading order: a goal, its key results, then the goals below it, each goal's
 * subtree after it. The page and the expand fragment both use it, so a row looks the same however it arrived.
 *
 * @param links the page's addresses
 * @param formats the reader's formats
 * @param levels the configured levels
 * @param displayNames a user key to the name Jira shows
 */
public record TreeRows(PageLinks links, Formats formats, LevelScheme levels, Function<String, String> displayNames) {

    /** The rows of {@code nodes}, placed below the goal at {@code parentPath} (empty for roots) at {@code level}. */
    public List<TreeRowView> of(List<Node> nodes, String parentPath, int level) {
        List<TreeRowView> rows = new ArrayList<>();
        for (Node node : nodes) {
            add(node, parentPath, level, rows);
        }
        return rows;
    }

    private void add(Node node, String parentPath, int level, List<TreeRowView> rows) {
        Objective goal = node.tree().goal().objective();
        String path = parentPath.isEmpty() ? Long.toString(node.id()) : parentPath + "/" + node.id();
        List<StoredKeyResult> keyResults = node.tree().goal().keyResults();
        boolean expandable = !keyResults.isEmpty() || !node.children().isEmpty() || node.more();
        rows.add(new TreeRowView(true, node.id(), 0, path, level, goal.title(), links.goal(node.id()),
                formats.level(levels, goal.levelKey()), ProgressView.of(node.tree().progress(), formats.i18n()), "",
                formats.i18n().text(node.tree().goal().zone().messageKey()), node.tree().goal().zone().jsonName(),
                formats.status(node.status()), Formats.statusLozenge(node.status()),
                displayNames.apply(goal.owner().key()), period(goal.period()),
                node.tree().contributionToParent().map(w -> formats.percent(w.percent())).orElse(""), expandable,
                !node.more(), node.more() ? links.treeChildren(node.id(), path, level + 1) : "", node.match(),
                false));
        for (StoredKeyResult keyResult : keyResults) {
            rows.add(new TreeRowView(false, node.id(), keyResult.id().value(), path, level + 1,
                    keyResult.keyResult().title(), links.goal(node.id()), "",
                    ProgressView.of(keyResult.keyResult().progress(), formats.i18n()),
                    BasisText.of(keyResult.basis(), formats.i18n()),
                    formats.i18n().text(keyResult.zone().messageKey()), keyResult.zone().jsonName(), "", "",
                    displayNames.apply(goal.owner().key()), "", formats.percent(keyResult.keyResult().weight()
                            .percent()), false, !node.more(), "", node.match(),
                    true));
        }
        for (Node child : node.children()) {
            add(child, path, level + 1, rows);
        }
    }

    private String period(Period period) {
        return PeriodText.shortcut(period)
                .orElseGet(() -> formats.day(period.start()) + " – " + formats.day(period.end()));
    }
}
