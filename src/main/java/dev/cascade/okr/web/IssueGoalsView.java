package dev.cascade.okr.web;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.goal.IssueGoalsService.FedKeyResult;
import dev.cascade.okr.service.goal.IssueGoalsService.IssuePanel;
import dev.cascade.okr.service.kernel.Outcome;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the issue view's goals panel shows: the goals the viewer may see whose key results this issue or epic feeds,
 * each key result with its progress, what that figure counts and how the issue reaches it; or a translated message
 * saying why there is nothing to show. Every text a template prints is prepared here, in the viewer's language; the
 * panel's heading is its web-panel label, which Jira prints above it.
 *
 * <p>Each key result also says the issue's own share of what it counts, against the totals the key result last
 * stored ({@code KeyResult#issueEvidence}, the counts behind its basis): "1 of 8 issues" when it counts issues (done
 * or with partial credit), "5 of 40 story points" with the issue's own estimate, "No value in customfield_10200" or
 * "3 of 12 in customfield_10200 across its issues" for a numeric field; for the epic itself, "The whole epic: 8
 * issues" when the epic is the key result's only link. A sub-task counts nothing when sub-tasks do not count. A key
 * result never measured has no totals, so no share.
 *
 * <p>A key result whose JQL query finds the issue says so ("Found by its JQL query") and shows the issue's share
 * as any other: the query's issues are what it counts.
 *
 * <p>"Link to a key result" lists the key results the viewer may change ({@link IssuePanel#linkable}); the dialog
 * links the issue as an epic when it is one, else as an issue.
 *
 * @param issueKey the issue's key; empty when the page gave none
 * @param goals the goals, oldest first
 * @param message why nothing is listed, or empty
 * @param labels the panel's column headings and its note on JQL-linked key results
 * @param linkable the key results the viewer may link the issue to; empty when the viewer may change none
 * @param linkField the request field the issue's key is sent in: {@code link.epic} for an epic, else
 *     {@code link.issue}
 * @param linkUrl the address the dialog's form posts to
 * @param linkIntro what the dialog says it does ("Link CASC-4 as an issue to one of the key results you may change.")
 * @param texts the dialog's labels by name ({@code link.title}...), in the viewer's language
 */
public record IssueGoalsView(String issueKey, List<IssueGoalView> goals, String message, IssueGoalsLabels labels,
        List<IssueLinkOption> linkable, String linkField, String linkUrl, String linkIntro, Map<String, String> texts) {

    /** The names {@link #label} answers, each {@code cascade.panel.issue.<name>}. */
    private static final List<String> LABEL_NAMES = List.of("link.button", "link.title", "link.key-result",
            "link.submit", "link.cancel", "link.failed", "link.required");

    /** Copies the lists and the texts. */
    public IssueGoalsView {
        goals = List.copyOf(goals);
        linkable = List.copyOf(linkable);
        texts = Map.copyOf(texts);
    }

    /** The view of the panel with the dialog's address, field, introduction and labels for an epic or an issue. */
    private static IssueGoalsView of(String issueKey, List<IssueGoalView> goals, String message,
            IssueGoalsLabels labels, List<IssueLinkOption> linkable, boolean epic, String contextPath,
            Translator i18n) {
        Map<String, String> texts = new LinkedHashMap<>();
        LABEL_NAMES.forEach(name -> texts.put(name, i18n.text("cascade.panel.issue." + name)));
        return new IssueGoalsView(issueKey, goals, message, labels, linkable, epic ? "link.epic" : "link.issue",
                (contextPath == null ? "" : contextPath) + "/rest/cascade/1.0/key-results/links/add",
                i18n.text(epic ? "cascade.panel.issue.link.intro.epic" : "cascade.panel.issue.link.intro.issue",
                        issueKey), texts);
    }

    /**
     * The view of an issue from its panel ({@code IssueGoalsService#panel} over {@code around.keys()}) and what Jira
     * says of the issue itself; a failure shows its first violation's message.
     *
     * @param contextPath the host's context path ({@code ""} or {@code "/jira"}), for the dialog's address
     */
    public static IssueGoalsView of(IssueAround around, IssueOwn own, Outcome<IssuePanel> outcome,
            String contextPath, Translator i18n) {
        IssueGoalsLabels labels = IssueGoalsLabels.of(i18n, 0);
        if (!outcome.isSuccess()) {
            Violation first = outcome.violations().get(0);
            return of(around.issue(), List.of(),
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), labels, List.of(),
                    own.epic(), contextPath, i18n);
        }
        IssuePanel panel = outcome.value();
        labels = IssueGoalsLabels.of(i18n, panel.jqlUnchecked());
        List<IssueGoalView> goals = panel.fed().stream().map(fed -> new IssueGoalView(
                fed.goal().goal().id().value(), fed.goal().goal().objective().title(),
                ProgressView.of(fed.goal().progress(), i18n),
                fed.keyResults().stream().map(k -> keyResult(k, around, own, panel.counting(), i18n)).toList()))
                .toList();
        List<IssueLinkOption> linkable = panel.linkable().stream().map(k -> new IssueLinkOption(k.keyResult().id()
                .value(), k.keyResult().version(), i18n.text("cascade.panel.issue.link.option",
                        k.keyResult().keyResult().title(), k.goal().objective().title()))).toList();
        return of(around.issue(), goals,
                goals.isEmpty() ? i18n.text("cascade.panel.issue.empty") : "", labels, linkable, own.epic(),
                contextPath, i18n);
    }

    /** The view when the page gave no issue. */
    public static IssueGoalsView unavailable(Translator i18n) {
        return of("", List.of(), i18n.text("cascade.panel.issue.unavailable"), IssueGoalsLabels.of(i18n, 0),
                List.of(), false, "", i18n);
    }

    private static IssueKeyResultView keyResult(FedKeyResult fed, IssueAround around, IssueOwn own,
            IssueCounting counting, Translator i18n) {
        var stored = fed.keyResult();
        return new IssueKeyResultView(stored.keyResult().title(), ProgressView.of(stored.keyResult().progress(), i18n),
                BasisText.of(stored.basis(), i18n), i18n.text("cascade.zone." + WireCode.of(stored.zone())),
                IssueKeyResultView.lozengeOf(stored.zone()),
                fed.links().stream().map(link -> via(link, around, i18n)).distinct()
                        .collect(Collectors.joining(i18n.text("cascade.panel.issue.via.separator"))),
                share(fed, around, own, counting, i18n));
    }

    /**
     * The issue's own share of what the key result counts, against the totals it last stored; empty when it was
     * never measured or is not issue-driven.
     */
    static String share(FedKeyResult fed, IssueAround around, IssueOwn own, IssueCounting counting,
            Translator i18n) {
        var keyResult = fed.keyResult().keyResult();
        Optional<IssueCompletion> evidence = keyResult.issueEvidence();
        if (!(keyResult.measure() instanceof IssueMeasure measure) || evidence.isEmpty()) {
            return "";
        }
        IssueCompletion totals = evidence.get();
        String total = Integer.toString(totals.total());
        boolean asEpic = fed.links().stream().anyMatch(l -> l instanceof WorkLink.Epic && l.text().equals(
                around.issue()));
        boolean asIssue = fed.links().stream().anyMatch(l -> l instanceof WorkLink.Issue && l.text().equals(
                around.issue()));
        if (asEpic && !asIssue) {
            if (!measure.links().equals(List.of(new WorkLink.Epic(around.issue())))) {
                return i18n.text("cascade.panel.issue.share.epic.part", total);
            }
            return switch (measure.basis()) {
                case STORY_POINTS_DONE -> i18n.text("cascade.panel.issue.share.epic.story-points",
                        amount(totals.storyPoints()));
                default -> i18n.text("cascade.panel.issue.share.epic.issues", total);
            };
        }
        if (own.subTask() && !counting.countSubTasks()) {
            return i18n.text("cascade.panel.issue.share.sub-task");
        }
        return switch (measure.basis()) {
            case ISSUE_COUNT_DONE, STATUS_WEIGHTED -> i18n.text("cascade.panel.issue.share.issues", "1", total);
            case STORY_POINTS_DONE -> own.storyPoints() == null
                    ? i18n.text("cascade.panel.issue.share.unestimated", amount(totals.storyPoints()))
                    : i18n.text("cascade.panel.issue.share.story-points", amount(own.storyPoints()),
                            amount(totals.storyPoints()));
            case NUMERIC_FIELD -> {
                String field = measure.numericFieldId();
                double sum = totals.tally(StatusCategory.TO_DO).fieldSum()
                        + totals.tally(StatusCategory.IN_PROGRESS).fieldSum()
                        + totals.tally(StatusCategory.DONE).fieldSum();
                Double value = own.fields().get(field);
                yield value == null ? i18n.text("cascade.panel.issue.share.field.empty", field, amount(sum))
                        : i18n.text("cascade.panel.issue.share.field", amount(value), amount(sum), field);
            }
        };
    }

    /** A number as stored figures show it: exact, without trailing zeros (5, 2.5). */
    private static String amount(double value) {
        BigDecimal stripped = BigDecimal.valueOf(value).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** How the issue reaches a key result through one of its links. */
    private static String via(WorkLink link, IssueAround around, Translator i18n) {
        if (link instanceof WorkLink.Jql) {
            return i18n.text("cascade.panel.issue.via.jql");
        }
        String key = link.text();
        if (key.equals(around.issue())) {
            return i18n.text(link instanceof WorkLink.Epic ? "cascade.panel.issue.via.this-epic"
                    : "cascade.panel.issue.via.this-issue");
        }
        if (key.equals(around.parent())) {
            return i18n.text("cascade.panel.issue.via.parent", key);
        }
        return i18n.text("cascade.panel.issue.via.epic", key);
    }

    /** Whether there is no goal to list (then {@link #message()} says why). */
    public boolean empty() {
        return goals.isEmpty();
    }

    /** Whether the viewer may link the issue to a key result (then the panel offers "Link to a key result"). */
    public boolean canLink() {
        return !linkable.isEmpty();
    }

    /** A translated label of the dialog, by name ({@code link.title}...); the name itself when unknown. */
    public String label(String name) {
        return texts.getOrDefault(name, name);
    }
}
