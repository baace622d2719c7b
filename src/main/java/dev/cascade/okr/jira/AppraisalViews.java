package dev.cascade.okr.jira;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.service.appraisal.AppraisalPageService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.service.table.TableService;
import dev.cascade.okr.service.table.TableService.TableRequest;
import dev.cascade.okr.web.appraisal.AppraisalTabView;
import dev.cascade.okr.web.appraisal.GradeDistributionView;
import dev.cascade.okr.web.appraisal.PersonAppraisalView;
import dev.cascade.okr.web.page.GoalsPageView;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.page.Tab;
import dev.cascade.okr.web.table.TablesView;
import java.util.List;
import java.util.Map;

/**
 * The Goals page's appraisal views (decision 0017), each from the services as the reader: with {@code person=} a
 * person's appraisal page ({@code appraisalPerson}: {@link AppraisalPageService#person}), otherwise the Appraisal tab
 * ({@code appraisalTab}: the appraisal and feedback table of {@link TableService} and the grade distribution of
 * {@link AppraisalSummaryService}) for the project or, with {@code scope=all}, the organisation.
 */
record AppraisalViews(TableService tables, AppraisalSummaryService summaries, AppraisalPageService pages,
        PeopleNames people, I18nResolver i18n) {

    /** Adds the appraisal view {@code asked} shows to {@code result}. */
    void fill(Map<String, Object> result, ProjectGoalsViews.Asked asked) {
        String person = asked.parameter().apply("person");
        PageLinks links = asked.links();
        String period = asked.page().getPeriodOrYear();
        if (!person.isEmpty()) {
            result.put("appraisalPerson", PersonAppraisalView.of(pages.person(asked.caller(), person, period),
                    people.name(person), links, period, asked.formats(), people::name));
            return;
        }
        boolean everywhere = "all".equals(asked.parameter().apply("scope"));
        PageLinks tableLinks = everywhere ? links.keeping("scope", "all") : links;
        String project = everywhere ? null : asked.project();
        TablesView table = TablesView.of(Kind.APPRAISAL, tables.table(asked.caller(), new TableRequest(
                Kind.APPRAISAL.code(), period, project, ProjectGoalsViews.offset(asked.parameter().apply("offset")),
                null)),
                tableLinks, i18n::getText, asked.formats().locale(), people::name);
        List<Tab> scopes = List.of(
                new Tab(i18n.getText("cascade.page.scope.project"), links.view(GoalsPageView.APPRAISAL), !everywhere),
                new Tab(i18n.getText("cascade.page.scope.all"), links.keeping("scope", "all")
                        .view(GoalsPageView.APPRAISAL), everywhere));
        String mine = asked.caller().userKey().map(key -> links.view(GoalsPageView.APPRAISAL, Map.of("person", key)))
                .orElse("");
        result.put("appraisalTab", new AppraisalTabView(table, GradeDistributionView.of(
                summaries.distribution(asked.caller(), project, period), i18n::getText, asked.formats().locale()),
                scopes, i18n.getText("cascade.page.scope"), mine,
                new PersonAppraisalView.Labels(i18n::getText)));
    }
}
