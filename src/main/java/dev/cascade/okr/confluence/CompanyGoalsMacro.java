package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The company goals (公司年度绩效目标总表) table macro: Jira's {@code GET /tables/company-goals} in a Confluence page.
 */
public final class CompanyGoalsMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public CompanyGoalsMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.COMPANY_GOALS, jira, renderer, i18n);
    }
}
