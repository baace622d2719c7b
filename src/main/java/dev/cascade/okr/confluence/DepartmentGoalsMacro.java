package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The department decomposition (部门绩效目标分解表) table macro: Jira's {@code GET /tables/department-goals} in a
 * Confluence page.
 */
public final class DepartmentGoalsMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public DepartmentGoalsMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.DEPARTMENT_GOALS, jira, renderer, i18n);
    }
}
