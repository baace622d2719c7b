package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.cascade.okr.service.table.Table;

/**
 * The tracking record (目标执行跟踪记录表) table macro: Jira's {@code GET /tables/tracking-record} in a Confluence page.
 */
public final class TrackingRecordMacro extends TableMacro {

    /** Created by Confluence for the macro module. */
    public TrackingRecordMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(Table.Kind.TRACKING_RECORD, jira, renderer, i18n);
    }
}
