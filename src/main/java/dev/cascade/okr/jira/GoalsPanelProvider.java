package dev.cascade.okr.jira;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.HashMap;
import java.util.Map;

/**
 * What the goals panels (the project page's and the issue view's) share: no parameters, the translations, and the
 * panel's web-resources (the context {@value #RESOURCES}: progress bars and lozenges), required for the page being
 * rendered through {@code PageBuilderService}, as Atlassian's own apps do.
 */
abstract class GoalsPanelProvider implements ContextProvider {

    /** The web-resource context of the goals panels (atlassian-plugin.xml). */
    static final String RESOURCES = "cascade-goals";

    /** The host's translations, for the views. */
    protected final I18nResolver i18n;
    private final PageBuilderService pages;

    GoalsPanelProvider(I18nResolver i18n, PageBuilderService pages) {
        this.i18n = i18n;
        this.pages = pages;
    }

    @Override
    public final void init(Map<String, String> params) {
        // no parameters
    }

    /** Requires the panel's web-resources for this page and answers a copy of the host's context to add to. */
    protected final Map<String, Object> pageContext(Map<String, Object> context) {
        pages.assembler().resources().requireContext(RESOURCES);
        return new HashMap<>(context);
    }
}
