package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The individual goals (员工个人绩效目标表) table macro: Jira's {@code GET /tables/individual-goals} in a Confluence page.
 */
public final class IndividualGoalsMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public IndividualGoalsMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.INDIVIDUAL_GOALS, jira, renderer, i18n);
    }
}
