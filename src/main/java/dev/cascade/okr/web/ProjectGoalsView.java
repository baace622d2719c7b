package dev.cascade.okr.web;

import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.List;

/**
 * What the project page's goals panel shows: the project's goals the viewer may see with their rolled-up progress,
 * or a translated message saying why there is nothing to show. Every text a template prints is prepared here, in the
 * viewer's language, so the template calls only this plugin's allowlisted getters.
 */
public final class ProjectGoalsView {

    private final String projectKey;
    private final List<ObjectiveView> objectives;
    private final String message;
    private final String truncated;
    private final Labels labels;

    /** The translated headings of the panel. */
    private record Labels(String heading, String goal, String epic, String basis, String progress) {
        static Labels of(Translator i18n) {
            return new Labels(i18n.text("cascade.panel.project.title"), i18n.text("cascade.panel.column.goal"),
                    i18n.text("cascade.panel.column.epic"), i18n.text("cascade.panel.column.basis"),
                    i18n.text("cascade.panel.column.progress"));
        }
    }

    private ProjectGoalsView(String projectKey, List<ObjectiveView> objectives, String message, String truncated,
            Labels labels) {
        this.projectKey = projectKey;
        this.objectives = List.copyOf(objectives);
        this.message = message;
        this.truncated = truncated;
        this.labels = labels;
    }

    /**
     * The view of a project from the page of its goals the viewer may see ({@code GoalService#findRolledUp}); a
     * failure shows its first violation's message, and a page that holds only part of the goals says so.
     */
    public static ProjectGoalsView of(String projectKey, Outcome<Page<GoalTree>> outcome, Translator i18n) {
        Labels labels = Labels.of(i18n);
        if (!outcome.isSuccess()) {
            Violation first = outcome.violations().get(0);
            return new ProjectGoalsView(projectKey, List.of(),
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), "", labels);
        }
        Page<GoalTree> page = outcome.value();
        List<ObjectiveView> objectives = page.items().stream().map(goal -> ObjectiveView.of(goal, i18n)).toList();
        String truncated = page.hasMore() ? i18n.text("cascade.panel.project.truncated",
                String.valueOf(objectives.size()), String.valueOf(page.total())) : "";
        return new ProjectGoalsView(projectKey, objectives,
                objectives.isEmpty() ? i18n.text("cascade.panel.project.empty") : "", truncated, labels);
    }

    /** The view when the page gave no project. */
    public static ProjectGoalsView unavailable(Translator i18n) {
        return new ProjectGoalsView("", List.of(), i18n.text("cascade.panel.project.unavailable"), "",
                Labels.of(i18n));
    }

    /** The project key; empty when the page gave none. */
    public String getProjectKey() {
        return projectKey;
    }

    /** The goals, oldest first. */
    public List<ObjectiveView> getObjectives() {
        return objectives;
    }

    /** Whether there is no goal to list (then {@link #getMessage()} says why). */
    public boolean isEmpty() {
        return objectives.isEmpty();
    }

    /** Why nothing is listed, or empty. */
    public String getMessage() {
        return message;
    }

    /** Whether only the first goals are listed. */
    public boolean isTruncated() {
        return !truncated.isEmpty();
    }

    /** "The first 100 of 130 goals are shown.", or empty. */
    public String getTruncatedText() {
        return truncated;
    }

    /** The panel's heading. */
    public String getHeading() {
        return labels.heading();
    }

    /** The heading of the goal / key result column. */
    public String getGoalColumn() {
        return labels.goal();
    }

    /** The heading of the epic column. */
    public String getEpicColumn() {
        return labels.epic();
    }

    /** The heading of the column saying what each figure counts. */
    public String getBasisColumn() {
        return labels.basis();
    }

    /** The heading of the progress column. */
    public String getProgressColumn() {
        return labels.progress();
    }
}
