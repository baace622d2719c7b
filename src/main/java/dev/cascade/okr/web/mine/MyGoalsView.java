package dev.cascade.okr.web.mine;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.MyGoalsService.MyGoal;
import dev.cascade.okr.service.page.MyGoalsService.MyGoals;
import dev.cascade.okr.service.page.MyGoalsService.MyKeyResult;
import dev.cascade.okr.web.BasisText;
import dev.cascade.okr.web.IssueKeyResultView;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.ProgressView;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import java.util.List;
import java.util.Optional;

/**
 * What the Goals page's "My goals" view shows: the signed-in person's goals in the period with their progress and
 * tier, and under each its key results with tracking status and next check-in, overdue check-ins first (the order of
 * {@code MyGoalsService}); or a translated message saying why there is nothing to show. Every figure and date is
 * core's, written here in the reader's language.
 *
 * @param goals the goals, overdue check-ins first
 * @param failed whether the goals could not be read
 * @param message why nothing is shown, or empty
 * @param hint what to do when there is nothing, or empty
 * @param summary "2 check-ins are overdue.", or that none is; empty when there are no goals
 * @param anyOverdue whether a check-in is overdue
 * @param truncatedText "The first 100 of your 130 goals in this period are shown.", or empty
 * @param labels the view's headings
 */
public record MyGoalsView(List<MyGoalView> goals, boolean failed, String message, String hint, String summary,
        boolean anyOverdue, String truncatedText, MyGoalsLabels labels) {

    /** Copies the goals. */
    public MyGoalsView {
        goals = List.copyOf(goals);
    }

    /**
     * The view of what {@code MyGoalsService#mine} answered; a failure shows its first violation's message.
     *
     * @param mine the caller's goals
     * @param links the page's links: each goal links to its page
     * @param i18n the reader's translations
     */
    public static MyGoalsView of(Outcome<MyGoals> mine, PageLinks links, Translator i18n) {
        MyGoalsLabels labels = MyGoalsLabels.of(i18n);
        if (!mine.isSuccess()) {
            Violation first = mine.violations().get(0);
            return new MyGoalsView(List.of(), true,
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), "", "", false, "",
                    labels);
        }
        MyGoals read = mine.value();
        if (read.goals().isEmpty()) {
            return new MyGoalsView(List.of(), false, i18n.text("cascade.mine.empty"),
                    i18n.text("cascade.mine.empty.hint"), "", false, "", labels);
        }
        List<MyGoalView> goals = read.goals().stream().map(g -> goal(g, links, i18n)).toList();
        int overdue = read.overdueCheckIns();
        String summary = overdue == 0 ? i18n.text("cascade.mine.summary.none")
                : overdue == 1 ? i18n.text("cascade.mine.summary.one")
                : i18n.text("cascade.mine.summary.many", String.valueOf(overdue));
        String truncated = read.total() > goals.size() ? i18n.text("cascade.mine.truncated",
                String.valueOf(goals.size()), String.valueOf(read.total())) : "";
        return new MyGoalsView(goals, false, "", "", summary, overdue > 0, truncated, labels);
    }

    private static MyGoalView goal(MyGoal goal, PageLinks links, Translator i18n) {
        long id = goal.goal().goal().id().value();
        return new MyGoalView(id, goal.goal().goal().objective().title(), links.goal(id),
                ProgressView.of(goal.goal().progress(), i18n),
                i18n.text("cascade.zone." + WireCode.of(goal.goal().goal().zone())),
                IssueKeyResultView.lozengeOf(goal.goal().goal().zone()),
                goal.keyResults().stream().map(k -> keyResult(id, k, i18n)).toList());
    }

    private static MyKeyResultView keyResult(long goalId, MyKeyResult mine, Translator i18n) {
        StoredKeyResult stored = mine.keyResult();
        ProgressView progress = ProgressView.of(stored.keyResult().progress(), i18n);
        TrackingStatus status = mine.status().orElse(TrackingStatus.NO_DATA);
        String reason = "";
        if (status == TrackingStatus.NO_DATA) {
            reason = mine.status().isEmpty() ? i18n.text("cascade.mine.status.unavailable")
                    : !progress.known() ? progress.text() : i18n.text("cascade.mine.status.no-actual");
        }
        return new MyKeyResultView(stored.id().value(), goalId, stored.keyResult().title(), progress,
                BasisText.of(stored.basis(), i18n), i18n.text("cascade.zone." + WireCode.of(stored.zone())),
                IssueKeyResultView.lozengeOf(stored.zone()), i18n.text(status.messageKey()),
                Formats.statusLozenge(status),
                reason, due(stored, mine.due(), i18n), mine.overdue());
    }

    private static String due(StoredKeyResult stored, Optional<CheckInDue> due, Translator i18n) {
        if (due.isEmpty()) {
            return "";
        }
        if (stored.keyResult().measure() instanceof IssueMeasure) {
            return i18n.text("cascade.mine.due.measured");
        }
        CheckInDue next = due.get();
        if (next.isOverdue()) {
            return next.daysOverdue() == 1 ? i18n.text("cascade.mine.due.overdue.one")
                    : i18n.text("cascade.mine.due.overdue", String.valueOf(next.daysOverdue()));
        }
        return next.nextDue().map(day -> i18n.text("cascade.mine.due.next", LocaleFormats.day(day, i18n)))
                .orElseGet(() -> i18n.text("cascade.mine.due.none"));
    }

    /** Whether there is no goal to show (then {@link #message()} says why). */
    public boolean empty() {
        return goals.isEmpty();
    }

    /** Whether only the first goals are shown ({@link #truncatedText()} says how many). */
    public boolean truncated() {
        return !truncatedText.isEmpty();
    }
}
