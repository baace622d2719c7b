package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The appraisal and feedback (绩效评估与反馈表) table macro: Jira's {@code GET /tables/appraisal} in a Confluence page.
 */
public final class AppraisalMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public AppraisalMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.APPRAISAL, jira, renderer, i18n);
    }
}
