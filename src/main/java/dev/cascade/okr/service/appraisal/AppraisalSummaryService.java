package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.CompositePolicy;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeDistribution;
import dev.cascade.okr.core.appraisal.GradeDistributionCheck;
import dev.cascade.okr.core.appraisal.PersonAppraisal;
import dev.cascade.okr.core.appraisal.PersonAppraisalPolicy;
import dev.cascade.okr.core.appraisal.PersonComposite;
import dev.cascade.okr.core.appraisal.PersonGoal;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A person's composite over their goals of a period, and the grade distribution of a project (department) or of the
 * organisation: the figures are core's ({@link PersonAppraisalPolicy}, {@link GradeDistributionCheck}); this class
 * decides whose goals count and who may see them.
 *
 * <p>A person's goals of a period: the goals they own whose period lies inside it (a year holds its quarters), drafts
 * left out (nobody has agreed to them). Each goal's composite is the one its appraisal stands at (the appeal's, else
 * the manager's); while it is not assessed, an incomplete composite over the rate its evidence gives now. Weights:
 * the goal's weight in the person's set (read by {@link #weightInPersonSet}), else equal weights.
 *
 * <p>Who sees what: a person's composite is appraisal data (the person, their managers, app administrators; everybody
 * else 404 {@code people.not-found}). A distribution counts only the people whose appraisal data the caller may see:
 * everyone for an app administrator, themselves and the people they manage for a manager; anyone else (who manages
 * nobody) is refused with 403, because for them it could only ever count themselves.
 */
@JiraComponent
public final class AppraisalSummaryService {

    private static final CompositePolicy COMPOSITES = new CompositePolicy();

    private final AppraisalSources sources;

    /** Creates the service. */
    @Inject
    public AppraisalSummaryService(AppraisalSources sources) {
        this.sources = sources;
    }

    /**
     * A person's appraisal over their goals of the period.
     *
     * @param personKey the person (path); 404 {@code people.not-found} when not visible or no such user
     * @param periodText a period shortcut ({@code 2026}, {@code 2026-Q1}...), required
     */
    public Outcome<PersonSummary> person(Caller caller, String personKey, String periodText) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        UserRef person = personKey == null || personKey.isBlank() ? null : new UserRef(personKey.strip());
        if (person == null || !sources.access.policy().canSeeAppraisalOf(sources.access.factsOf(user.get()), person)
                || sources.access.unknownUser(person.key(), "person").isPresent()) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.PEOPLE_NOT_FOUND, "userKey",
                    Inputs.shorten(String.valueOf(personKey))));
        }
        Outcome<Period> period = period(periodText);
        if (!period.isSuccess()) {
            return period.failed();
        }
        return Outcome.success(new PersonSummary(person, period.value(),
                appraisalOf(person, period.value(), sources.settings.appraisalScheme().value())));
    }

    /**
     * A person's appraisal for a period.
     *
     * @param person the person
     * @param period the period asked for
     * @param appraisal the goals, weights and composite
     */
    public record PersonSummary(UserRef person, Period period, PersonAppraisal appraisal) {
    }

    /**
     * The grade distribution of a project's people (the owners of its goals in the period) or, without a project,
     * of everyone with goals in the period; each person graded by their composite over all their goals of the period.
     *
     * @param projectKey the project, or {@code null}/blank for the organisation; 400 {@code project.unknown} when the
     *     caller may not browse it (whether or not it exists)
     * @param periodText a period shortcut, required
     */
    public Outcome<Distribution> distribution(Caller caller, String projectKey, String periodText) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        AccessFacts facts = sources.access.factsOf(user.get());
        boolean admin = facts.isAppAdmin();
        if (!admin && sources.access.reportsOf(facts.user()).map(Set::isEmpty).orElse(false)) {
            return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.FORBIDDEN, null));
        }
        String project = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
        if (project != null && !facts.canBrowseProject(project)) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PROJECT_UNKNOWN, "project",
                    Inputs.shorten(project)));
        }
        Outcome<Period> period = period(periodText);
        if (!period.isSuccess()) {
            return period.failed();
        }
        AccessPolicy policy = sources.access.policy();
        Set<UserRef> people = new LinkedHashSet<>();
        GoalQuery query = GoalQuery.all().withPeriodOverlapping(period.value().start(), period.value().end())
                .withProject(project);
        forEach(query, goal -> {
            if (counts(goal, period.value()) && policy.canSeeAppraisalOf(facts, goal.owner())) {
                people.add(goal.owner());
            }
        });
        AppraisalScheme scheme = sources.settings.appraisalScheme().value();
        List<Grade> grades = new ArrayList<>();
        int incomplete = 0;
        for (UserRef person : people) {
            Optional<PersonComposite> composite =
                    appraisalOf(person, period.value(), scheme).composite();
            if (composite.isPresent() && composite.get().isComplete()) {
                grades.add(composite.get().grade());
            } else {
                incomplete++;
            }
        }
        return Outcome.success(new Distribution(project, period.value(), admin,
                new GradeDistributionCheck().distribution(scheme, grades, incomplete),
                scheme.distributionMaxShares()));
    }

    /**
     * A distribution and what it covers.
     *
     * @param projectKey the project, or {@code null} for the organisation
     * @param period the period
     * @param everyone whether everybody in scope was counted (an app administrator), or only the people whose
     *     appraisal data the caller may see
     * @param grades the counts, shares and warnings
     * @param guidance the scheme's guided maximum share per grade (grades without guidance are absent)
     */
    public record Distribution(String projectKey, Period period, boolean everyone, GradeDistribution grades,
            Map<Grade, Weight> guidance) {
    }

    private PersonAppraisal appraisalOf(UserRef person, Period period, AppraisalScheme scheme) {
        List<Objective> owned = new ArrayList<>();
        forEach(GoalQuery.all().withOwner(person.key()).withPeriodOverlapping(period.start(), period.end()), goal -> {
            if (counts(goal, period)) {
                owned.add(goal);
            }
        });
        List<StoredAppraisal> stored = owned.isEmpty() ? List.of() : sources.appraisals.appraisalsOf(person);
        Map<ObjectiveId, GoalAchievement> now = sources.evidence.achievements(owned);
        List<PersonGoal> personGoals = new ArrayList<>();
        for (Objective goal : owned) {
            Composite composite = stored.stream()
                    .filter(a -> a.objective().equals(goal.id()) && a.period().equals(goal.period()))
                    .map(a -> a.workflow().composite()).flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> unassessed(scheme, now.get(goal.id())));
            personGoals.add(new PersonGoal(goal.id().value(), goal.title(), goal.type(),
                    weightInPersonSet(goal).orElse(null), composite));
        }
        return new PersonAppraisalPolicy().of(scheme, personGoals);
    }

    /** The goal's weight in its owner's set (the individual goal table's weight), if it has one. */
    static Optional<Weight> weightInPersonSet(Objective goal) {
        return goal.weight();
    }

    private static Composite unassessed(AppraisalScheme scheme, GoalAchievement achievement) {
        return COMPOSITES.goalComposite(scheme, achievement.rate().orElse(null), null).value();
    }

    /** Whether a goal counts in a period's appraisal: not a draft, and its period inside the period. */
    private static boolean counts(Objective goal, Period period) {
        return goal.lifecycle() != Lifecycle.DRAFT && !goal.period().start().isBefore(period.start())
                && !goal.period().end().isAfter(period.end());
    }

    private void forEach(GoalQuery query, Consumer<Objective> each) {
        int offset = 0;
        while (true) {
            Page<StoredObjective> page = sources.queries.find(query.withPage(offset, GoalQuery.MAX_LIMIT));
            page.items().forEach(goal -> each.accept(goal.objective()));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return;
            }
        }
    }

    private static Outcome<Period> period(String text) {
        if (text == null || text.isBlank()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "period"));
        }
        List<Violation> bad = new ArrayList<>();
        return PeriodText.parse(text, "period", bad).map(Outcome::success)
                .orElseGet(() -> Outcome.failure(Failure.INVALID, bad));
    }

}
