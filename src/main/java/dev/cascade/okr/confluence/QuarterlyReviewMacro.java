package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The quarterly review (季度目标达成复盘表) table macro: Jira's {@code GET /tables/quarterly-review} in a Confluence page.
 */
public final class QuarterlyReviewMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public QuarterlyReviewMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.QUARTERLY_REVIEW, jira, renderer, i18n);
    }
}
