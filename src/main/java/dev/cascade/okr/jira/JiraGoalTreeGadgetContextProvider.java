package dev.cascade.okr.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.web.context.HttpContext;
import dev.cascade.okr.web.tree.TreeGadgetShell;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Feeds the goal tree dashboard item's server-rendered view (decision 0018): the dashboard's context (its
 * {@code dashboard}, {@code dashboardItem} and {@code view} maps) with the item's shell under {@code shell}: where its
 * script fetches the tree and the configuration form (the host's context path from SAL's {@code HttpContext}), and
 * the texts it shows. The item's preferences are the dashboard's and reach the script, not this provider.
 */
public final class JiraGoalTreeGadgetContextProvider implements ContextProvider {

    private final I18nResolver i18n;
    private final HttpContext http;

    /** Created by the plugin container for the dashboard item. */
    public JiraGoalTreeGadgetContextProvider(@ComponentImport I18nResolver i18n, @ComponentImport HttpContext http) {
        this.i18n = i18n;
        this.http = http;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        HttpServletRequest request = http.getRequest();
        result.put("shell", new TreeGadgetShell((request == null ? "" : request.getContextPath())
                + "/rest/cascade/1.0", key -> i18n.getText(key)));
        return result;
    }
}
