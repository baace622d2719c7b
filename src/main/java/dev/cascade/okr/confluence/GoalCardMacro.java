package dev.cascade.okr.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.chart.ChartPoint;
import dev.cascade.okr.web.chart.ChartTiers;
import dev.cascade.okr.web.chart.PlanActualChart;
import dev.cascade.okr.web.chart.PlanActualData;
import dev.cascade.okr.web.page.PageLinks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The goal card macro: one goal with its level, period and lifecycle, its progress and zone, its key results, and its
 * rolled-up progress over the period as an SVG chart drawn on the server — read from Jira's {@code GET /goals/{id}} and
 * {@code GET /goals/{id}/history}. With {@code asOf} the card is the record of that day: the progress is the history's
 * last point on or before it and the chart stops there (the zone and key results of a past day are not kept by Jira,
 * so the card leaves them out and says so).
 */
public class GoalCardMacro extends CascadeMacro {

    private static final Set<MacroParameter> ACCEPTED = Set.of(MacroParameter.GOAL, MacroParameter.AS_OF,
            MacroParameter.PROJECT);
    private static final Set<MacroParameter> REQUIRED = Set.of(MacroParameter.GOAL);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Created by Confluence for the macro module. */
    public GoalCardMacro(JiraClient jira, @ComponentImport TemplateRenderer renderer,
            @ComponentImport I18nResolver i18n) {
        super(jira, renderer, i18n, ACCEPTED, REQUIRED, "cascade.macro.card.name");
    }

    @Override
    protected MacroView content(MacroParameters parameters, Context context) throws Unavailable, JiraJson.Malformed {
        Translator text = context.text();
        JsonNode goal = read("goals/" + parameters.goal());
        JsonNode period = JiraJson.child(goal, "period");
        LocalDate start = JiraJson.day(period, "start");
        LocalDate end = JiraJson.day(period, "end");
        LocalDate today = context.now().toLocalDate();
        LocalDate last = parameters.asOf() != null ? parameters.asOf() : today;
        if (last.isAfter(end)) {
            last = end;
        }
        List<ChartPoint> actual = new ArrayList<>();
        if (!last.isBefore(start)) {
            JsonNode history = read("goals/" + parameters.goal() + "/history?from=" + start + "&to=" + last);
            for (JsonNode point : JiraJson.array(history, "points")) {
                BigDecimal fraction = JiraJson.number(point.get("progress"));
                if (fraction != null) {
                    actual.add(new ChartPoint(JiraJson.day(point, "date"), fraction.multiply(HUNDRED)));
                }
            }
        }
        ProgressView progress;
        if (parameters.asOf() == null) {
            // The rolled-up progress (aligned children included) is the tree's, as every Jira view shows it.
            progress = JiraJson.progress(read("goals/" + parameters.goal() + "/tree?depth=0").get("progress"), text);
        } else if (last.isBefore(start)) {
            progress = new ProgressView(false, 0, text.text("cascade.macro.card.before-period"));
        } else if (actual.isEmpty()) {
            progress = new ProgressView(false, 0, text.text("cascade.progress.no-data.not-computed"));
        } else {
            progress = percent(actual.get(actual.size() - 1).value());
        }
        String title = JiraJson.text(goal, "title");
        String periodText = JiraJson.optionalText(period, "value");
        String facts = String.join(" \u00b7 ", CascadeTreeMacro.levelName(JiraJson.text(goal, "level"), text),
                periodText.isEmpty() ? context.formats().day(start) + " \u2013 " + context.formats().day(end)
                        : periodText,
                text.text("cascade.lifecycle." + lifecycle(JiraJson.text(goal, "lifecycle"))));
        List<GoalCardView.KeyResultLine> keyResults = new ArrayList<>();
        String zone = "";
        if (parameters.asOf() == null) {
            for (JsonNode keyResult : JiraJson.array(goal, "keyResults")) {
                keyResults.add(new GoalCardView.KeyResultLine(JiraJson.text(keyResult, "title"),
                        JiraJson.progress(keyResult.get("progress"), text)));
            }
            String zoneCode = JiraJson.optionalText(goal, "zone");
            zone = zoneCode.matches("[a-z-]{1,20}") ? text.text("cascade.zone." + zoneCode) : "";
        }
        PlanActualChart chart = PlanActualChart.of(new PlanActualData("cascade-card-" + parameters.goal(), title,
                "%", start, end, List.of(), actual, ChartTiers.none()), text);
        PageLinks links = context.links(parameters);
        GoalCardView card = new GoalCardView(title, links == null ? "" : links.goal(parameters.goal()), facts,
                progress, zone, keyResults, chart.svgHtml(), chart.title());
        String note = parameters.asOf() == null ? "" : text.text("cascade.macro.card.frozen-note");
        return shown("card", context, parameters, links == null ? null : links.goal(parameters.goal()), null,
                List.of(), card, note);
    }

    private static ProgressView percent(BigDecimal percent) {
        int whole = percent.setScale(0, RoundingMode.HALF_UP).intValue();
        return new ProgressView(true, whole, whole + "%");
    }

    private static String lifecycle(String code) throws JiraJson.Malformed {
        if (!code.matches("draft|confirmed|active|closed")) {
            throw new JiraJson.Malformed("unknown lifecycle " + code);
        }
        return code;
    }
}
