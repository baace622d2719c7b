package dev.cascade.okr.web.tree;

import java.util.function.Function;

/**
 * What the goal tree dashboard item's server-rendered view holds before its script fetches the tree (decision 0018):
 * where to fetch from and the texts the script shows, translated; readable as it is without a script.
 *
 * @param restBase the base address of the plugin's REST API ({@code /jira/rest/cascade/1.0})
 * @param text the reader's translations, by key
 */
public record TreeGadgetShell(String restBase, Function<String, String> text) {

    /** A translated label of the item ({@code cascade.gadget.<name>}). */
    public String label(String name) {
        return text.apply("cascade.gadget." + name);
    }
}
