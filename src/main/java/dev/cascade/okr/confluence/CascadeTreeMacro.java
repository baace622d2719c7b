package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.PageLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cascade tree macro: a goal and the goals aligned below it to {@code depth} levels, each with its progress rolled
 * up by Jira's core and its zone, as Jira's {@code GET /goals/{id}/tree} answers the reader — goals the reader may not
 * see are left out with everything below them, by Jira.
 */
public class CascadeTreeMacro extends CascadeMacro {

    private static final Set<MacroParameter> ACCEPTED = Set.of(MacroParameter.GOAL, MacroParameter.DEPTH,
            MacroParameter.PROJECT);
    private static final Set<MacroParameter> REQUIRED = Set.of(MacroParameter.GOAL);
    private static final Set<String> DEFAULT_LEVELS = Set.of("company", "department", "team", "individual");

    /** Created by Confluence for the macro module. */
    public CascadeTreeMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(jira, renderer, i18n, ACCEPTED, REQUIRED, "cascade.macro.tree.name");
    }

    @Override
    protected MacroView content(MacroParameters parameters, Context context) throws Unavailable, JiraJson.Malformed {
        JsonNode root = read("goals/" + parameters.goal() + "/tree?depth=" + parameters.depth());
        List<TreeMacroRow> rows = new ArrayList<>();
        PageLinks links = context.links(parameters);
        add(root, 0, rows, links, context.text());
        return shown("tree", context, parameters, links == null ? null : links.goal(parameters.goal()), null, rows,
                null, "");
    }

    /** The node and, depth first, its children (a tree of at most {@link MacroParameters#MAX_DEPTH} levels). */
    private static void add(JsonNode node, int depth, List<TreeMacroRow> rows, PageLinks links, Translator text)
            throws JiraJson.Malformed {
        long id = JiraJson.id(node, "id");
        String zone = JiraJson.optionalText(node, "zone");
        if (!zone.matches("[a-z-]{1,20}")) {
            zone = "none";
        }
        rows.add(new TreeMacroRow(id, depth, JiraJson.text(node, "title"), links == null ? "" : links.goal(id),
                levelName(JiraJson.text(node, "level"), text), JiraJson.progress(node.get("progress"), text),
                text.text("cascade.zone." + zone), zone));
        if (depth < MacroParameters.MAX_DEPTH) {
            for (JsonNode child : JiraJson.array(node, "children")) {
                add(child, depth + 1, rows, links, text);
            }
        }
    }

    /** A level's name: translated for the default levels, else the level's key as Jira configured it. */
    static String levelName(String key, Translator text) {
        return DEFAULT_LEVELS.contains(key) ? text.text("cascade.page.level." + key) : key;
    }
}
