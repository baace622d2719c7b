package dev.cascade.okr.web;

import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.service.Outcome;
import java.util.List;
import java.util.function.Function;

/**
 * What the project page's goals panel shows: the project's objectives, or a translated message saying why there
 * is nothing to show.
 */
public final class ProjectGoalsView {

    private final String projectKey;
    private final String projectName;
    private final List<ObjectiveView> objectives;
    private final String message;

    private ProjectGoalsView(String projectKey, String projectName, List<ObjectiveView> objectives, String message) {
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.objectives = objectives;
        this.message = message;
    }

    /** The view of a project, from the outcome of asking for its objectives. */
    public static ProjectGoalsView of(String projectKey, String projectName, Outcome<List<Objective>> outcome,
            Function<String, String> i18n) {
        if (!outcome.isSuccess()) {
            return new ProjectGoalsView(projectKey, projectName, List.of(),
                    i18n.apply(outcome.violations().get(0).code().messageKey()));
        }
        List<ObjectiveView> objectives = outcome.value().stream().map(o -> ObjectiveView.of(o, i18n)).toList();
        return new ProjectGoalsView(projectKey, projectName, objectives,
                objectives.isEmpty() ? i18n.apply("cascade.panel.project.empty") : "");
    }

    /** The view when the page gave no project. */
    public static ProjectGoalsView unavailable(Function<String, String> i18n) {
        return new ProjectGoalsView("", "", List.of(), i18n.apply("cascade.panel.project.unavailable"));
    }

    /** The project key. */
    public String getProjectKey() {
        return projectKey;
    }

    /** The project name. */
    public String getProjectName() {
        return projectName;
    }

    /** The objectives, oldest first. */
    public List<ObjectiveView> getObjectives() {
        return objectives;
    }

    /** Why nothing is listed, or empty. */
    public String getMessage() {
        return message;
    }
}
