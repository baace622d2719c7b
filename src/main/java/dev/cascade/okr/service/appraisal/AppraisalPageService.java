package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalState;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.PersonGoal;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService.PersonSummary;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's appraisal page (decision 0017): their goals of a period with each goal's appraisal, the rate its evidence
 * gives now, and the steps the viewer may take on it, over the person's composite. Who may see it is the person
 * composite's rule ({@link AppraisalSummaryService#person}: the person, their managers, app administrators; everybody
 * else 404 {@code people.not-found}); which steps are offered is the workflow's own rule
 * ({@link AppraisalWorkflow#stepsOpenTo}) and the appraisal service's authorization (who may start, who may resolve an
 * appeal), so the page offers exactly what the steps would accept; the steps check again when taken.
 */
@JiraComponent
public final class AppraisalPageService {

    private final AppraisalSources sources;
    private final AppraisalSummaryService summaries;
    private final AppraisalService appraisals;

    /** Creates the service. */
    @Inject
    public AppraisalPageService(AppraisalSources sources, AppraisalSummaryService summaries,
            AppraisalService appraisals) {
        this.sources = sources;
        this.summaries = summaries;
        this.appraisals = appraisals;
    }

    /** A step of an appraisal the viewer may take now. */
    public enum Step {
        /** Start the goal's appraisal (a manager of the person or an app administrator). */
        START,
        /** Score themselves (the person). */
        SELF_ASSESS,
        /** Give the process score over the computed achievement rate (the assessing manager). */
        MANAGER_ASSESS,
        /** Acknowledge the result (the person). */
        SIGN_OFF,
        /** Appeal within the window (the person). */
        APPEAL,
        /** Uphold or revise an appeal (an app administrator or a manager of the assessing manager). */
        RESOLVE_APPEAL
    }

    /**
     * A person's appraisal page.
     *
     * @param summary the person's goals, weights and composite (as {@code GET /people/{userKey}/appraisal})
     * @param goals one line per goal of {@code summary}, in its order
     * @param viewerIsPerson whether the viewer is the person appraised
     * @param scaleMin the lowest score of the scheme's process scale as configured now
     * @param scaleMax the highest
     */
    public record PersonPage(PersonSummary summary, List<GoalLine> goals, boolean viewerIsPerson, int scaleMin,
            int scaleMax) {
        /** Copies the lines. */
        public PersonPage {
            goals = List.copyOf(goals);
        }
    }

    /**
     * One goal of the person's page.
     *
     * @param goal the goal as the person's composite counts it (weight, type, composite)
     * @param weightIndex the goal's place in the summary, for its weight used
     * @param appraisal the goal's appraisal for its period, if started
     * @param achievementNow the rate the goal's evidence gives now, with its derivation
     * @param steps the steps the viewer may take on it now
     */
    public record GoalLine(PersonGoal goal, int weightIndex, Optional<StoredAppraisal> appraisal,
            GoalAchievement achievementNow, Set<Step> steps) {
        /** Copies the steps. */
        public GoalLine {
            steps = steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
        }
    }

    /**
     * The page of {@code personKey} for {@code period} as the caller sees it: 401 when nobody is signed in, 404
     * {@code people.not-found} when the caller may not see the person's appraisal data (or there is no such person),
     * 400 at {@code period} when it is missing or unreadable.
     */
    public Outcome<PersonPage> person(Caller caller, String personKey, String period) {
        Outcome<PersonSummary> found = summaries.person(caller, personKey, period);
        if (!found.isSuccess()) {
            return found.failed();
        }
        PersonSummary summary = found.value();
        AccessFacts facts = sources.access.factsOf(caller.userKey().orElseThrow());
        UserRef person = summary.person();
        List<StoredAppraisal> stored = sources.appraisals.appraisalsOf(person);
        List<Objective> goals = new ArrayList<>();
        for (PersonGoal goal : summary.appraisal().goals()) {
            sources.goals.objective(new ObjectiveId(goal.goalId())).ifPresent(goals::add);
        }
        Map<ObjectiveId, GoalAchievement> now = sources.evidence.achievements(goals);
        boolean mayStart = AppraisalService.mayStart(facts, person)
                && appraisals.assessingManager(facts, person).isPresent();
        Instant at = sources.clock.instant();
        List<GoalLine> lines = new ArrayList<>();
        List<PersonGoal> personGoals = summary.appraisal().goals();
        for (int i = 0; i < personGoals.size(); i++) {
            PersonGoal goal = personGoals.get(i);
            Optional<Objective> objective = goals.stream().filter(g -> g.id().value() == goal.goalId()).findFirst();
            if (objective.isEmpty()) {
                continue;
            }
            Optional<StoredAppraisal> appraisal = stored.stream()
                    .filter(a -> a.objective().equals(objective.get().id())
                            && a.period().equals(objective.get().period()))
                    .findFirst();
            Set<Step> steps = EnumSet.noneOf(Step.class);
            if (appraisal.isEmpty()) {
                if (mayStart) {
                    steps.add(Step.START);
                }
            } else {
                steps.addAll(stepsOf(facts, appraisal.get().workflow(), at));
            }
            lines.add(new GoalLine(goal, i, appraisal, now.get(objective.get().id()), steps));
        }
        AppraisalScheme scheme = sources.settings.appraisalScheme().value();
        return Outcome.success(new PersonPage(summary, lines, facts.user().equals(person), scheme.processScaleMin(),
                scheme.processScaleMax()));
    }

    /**
     * Starts the appraisal of every goal of the person's page for {@code period} that has none yet, as
     * {@link AppraisalService#start} starts one (the same checks, one after the other); the appraisals started, in the
     * page's order. 404 {@code people.not-found} as {@link #person}; 403 for a caller who is neither a manager of the
     * person nor an app administrator; 400 {@code appraisal.no-manager} when the person has no manager to assess them.
     * A goal started by someone else meanwhile is skipped, not an error.
     */
    public Outcome<List<StoredAppraisal>> startAll(Caller caller, String personKey, String period) {
        Outcome<PersonPage> page = person(caller, personKey, period);
        if (!page.isSuccess()) {
            return page.failed();
        }
        AccessFacts facts = sources.access.factsOf(caller.userKey().orElseThrow());
        UserRef person = page.value().summary().person();
        if (!AppraisalService.mayStart(facts, person)) {
            return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.FORBIDDEN, null));
        }
        if (appraisals.assessingManager(facts, person).isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.APPRAISAL_NO_MANAGER, "userKey",
                    person.key()));
        }
        List<StoredAppraisal> started = new ArrayList<>();
        for (GoalLine line : page.value().goals()) {
            if (!line.steps().contains(Step.START)) {
                continue;
            }
            Outcome<StoredAppraisal> one = appraisals.start(caller, line.goal().goalId());
            if (one.isSuccess()) {
                started.add(one.value());
            } else if (one.violations().stream().noneMatch(v -> v.code() == ViolationCode.APPRAISAL_EXISTS)) {
                return one.failed();
            }
        }
        return Outcome.success(started);
    }

    private Set<Step> stepsOf(AccessFacts facts, AppraisalWorkflow workflow, Instant at) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (AppraisalState target : workflow.stepsOpenTo(facts.user(), at)) {
            switch (target) {
                case SELF_ASSESSED -> steps.add(Step.SELF_ASSESS);
                case MANAGER_ASSESSED -> steps.add(Step.MANAGER_ASSESS);
                case SIGNED_OFF -> steps.add(Step.SIGN_OFF);
                case APPEALED -> steps.add(Step.APPEAL);
                case APPEAL_RESOLVED -> {
                    if (appraisals.mayResolveAppeal(facts, workflow.manager())) {
                        steps.add(Step.RESOLVE_APPEAL);
                    }
                }
                default -> {
                }
            }
        }
        return steps;
    }
}
