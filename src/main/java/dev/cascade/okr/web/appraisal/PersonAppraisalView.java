package dev.cascade.okr.web.appraisal;

import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.PersonAppraisal;
import dev.cascade.okr.core.appraisal.PersonComposite;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.appraisal.AppraisalPageService.GoalLine;
import dev.cascade.okr.service.appraisal.AppraisalPageService.PersonPage;
import dev.cascade.okr.service.appraisal.AppraisalPageService.Step;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.Option;
import dev.cascade.okr.web.page.PageLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A person's appraisal page (the Goals page's {@code view=appraisal&person=}): the composite over all their goals of
 * the period with its explanation and grade, then each goal with its weight, type, appraisal state, achievement rate
 * and its derivation, composite and grade with how they were computed, and the next steps the viewer may take as
 * buttons that open the step's dialog. Displays what {@code AppraisalPageService#person} answered; computes nothing.
 *
 * @param failed whether the page could not be read; {@link #message()} says why
 * @param message why, or empty
 * @param personKey the person's user key (for the dialogs' addresses)
 * @param heading "Appraisal · Name · 2026"
 * @param summary the composite in a sentence, with where the weights came from
 * @param explanation the composite's arithmetic, or empty
 * @param score the composite score, or empty while incomplete
 * @param grade the grade's name, or empty while incomplete
 * @param gradeLozenge the grade's AUI lozenge class
 * @param goals the goals
 * @param scores the process scale's choices, for the score fields of the dialogs
 * @param period the period as asked, for starting all the person's appraisals of it
 * @param labels the page's labels
 */
public record PersonAppraisalView(boolean failed, String message, String personKey, String heading, String summary,
        String explanation, String score, String grade, String gradeLozenge, List<GoalView> goals,
        List<Option> scores, String period, Labels labels) {

    /** Copies the lists. */
    public PersonAppraisalView {
        goals = List.copyOf(goals);
        scores = List.copyOf(scores);
    }

    /** Whether the reader may start the appraisal of some goal: then of all of them at once, too. */
    public boolean canStartAll() {
        return goals.stream().filter(g -> g.actions().stream().anyMatch(a -> "start".equals(a.code()))).count() > 1;
    }

    /** The person's key as a path segment ({@code /people/{this}/appraisal/start}). */
    public String personPath() {
        return URLEncoder.encode(personKey, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether the person has no goal in the period. */
    public boolean noGoals() {
        return goals.isEmpty();
    }

    /**
     * One goal.
     *
     * @param id the goal's id
     * @param title its title
     * @param href its page
     * @param type result, process or development, translated
     * @param weight the weight used ("30 %"), and where it came from when not given
     * @param state the appraisal's state, translated ("Not started" when none)
     * @param stateCode the state's wire code, for styling and tests
     * @param rate the achievement rate ("96 %"), or a dash
     * @param derivation how the rate was derived (the assessed one once assessed, else the evidence's now)
     * @param composite how the composite was computed, or empty
     * @param grade the grade's name, or empty
     * @param gradeLozenge its AUI lozenge class
     * @param details the recorded steps in words (self score, suggestion, appeal, resolution)
     * @param actions the steps the viewer may take now
     */
    public record GoalView(long id, String title, String href, String type, String weight, String state,
            String stateCode, String rate, String derivation, String composite, String grade, String gradeLozenge,
            List<String> details, List<ActionView> actions) {
        /** Copies the lists. */
        public GoalView {
            details = List.copyOf(details);
            actions = List.copyOf(actions);
        }

        /** Whether a step has been recorded. */
        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }

    /**
     * A step's button; its data opens the step's dialog ({@code dialog}) for this goal's appraisal.
     *
     * @param code the step ({@code start}, {@code self-assess}, {@code manager-assess}, {@code sign-off},
     *     {@code appeal}, {@code resolve-appeal})
     * @param dialog the dialog's element id
     * @param label the button's text
     * @param primary whether it is the goal's main next step
     * @param appraisalId the appraisal's id, or 0 before the start
     * @param version the appraisal's version
     */
    public record ActionView(String code, String dialog, String label, boolean primary, long appraisalId,
            long version) {
    }

    /**
     * The page's labels, translated.
     *
     * @param texts every label by its name ({@code cascade.appraisal.page.<name>})
     */
    public record Labels(Translator texts) {
        /** The label {@code cascade.appraisal.page.<name>}. */
        public String get(String name) {
            return texts.text("cascade.appraisal.page." + name);
        }
    }

    /**
     * The page's view.
     *
     * @param found what the page service answered
     * @param personName the person's name as the host shows it
     * @param links the Goals page's links (goal pages)
     * @param period the period as asked ({@code 2026}, {@code 2026-Q1})
     * @param formats the reader's formats
     * @param names a person's name by user key
     */
    public static PersonAppraisalView of(Outcome<PersonPage> found, String personName, PageLinks links,
            String period, Formats formats, Function<String, String> names) {
        Translator i18n = formats.i18n();
        Labels labels = new Labels(i18n);
        if (!found.isSuccess()) {
            String message = i18n.message(found.violations().get(0));
            return new PersonAppraisalView(true, message, "", labels.get("person.title"), "", "", "", "", "",
                    List.of(), List.of(), "", labels);
        }
        PersonPage page = found.value();
        PersonAppraisal appraisal = page.summary().appraisal();
        PersonComposite composite = appraisal.composite().orElse(null);
        boolean complete = composite != null && composite.isComplete();
        List<GoalView> goals = new ArrayList<>();
        for (GoalLine line : page.goals()) {
            goals.add(goal(line, appraisal, links, formats, names));
        }
        List<Option> scores = new ArrayList<>();
        for (int s = page.scaleMin(); s <= page.scaleMax(); s++) {
            scores.add(new Option(Integer.toString(s), Integer.toString(s), s == page.scaleMax()));
        }
        return new PersonAppraisalView(false, "", page.summary().person().key(),
                i18n.text("cascade.appraisal.page.person.heading", personName, period),
                AppraisalTexts.person(appraisal, i18n), composite == null ? "" : composite.explanation(),
                complete ? LocaleFormats.number(composite.score(), formats.locale()) : "",
                complete ? i18n.text(composite.grade().i18nKey()) : "",
                complete ? GradeDistributionView.lozenge(composite.grade()) : "", goals, scores, period, labels);
    }

    private static GoalView goal(GoalLine line, PersonAppraisal appraisal, PageLinks links, Formats formats,
            Function<String, String> names) {
        Translator i18n = formats.i18n();
        Composite composite = line.goal().composite();
        String weight = LocaleFormats.percent(appraisal.weights().get(line.weightIndex()).percent(),
                formats.locale(), i18n);
        String state = line.appraisal().map(a -> i18n.text(a.workflow().state().i18nKey()))
                .orElse(i18n.text("cascade.appraisal.page.state.none"));
        String stateCode = line.appraisal().map(a -> WireCode.of(a.workflow().state())).orElse("none");
        String rate = composite.achievementRate().map(r -> LocaleFormats.percent(r.movePointRight(2)
                .stripTrailingZeros(), formats.locale(), i18n)).orElse("\u2013");
        String derivation = AppraisalTexts.achievement(line.appraisal().flatMap(a -> a.workflow().managerAssessment())
                .map(AppraisalWorkflow.ManagerAssessment::achievement).orElse(line.achievementNow()), i18n);
        boolean complete = composite.isComplete();
        List<String> details = details(line.appraisal(), i18n, names);
        List<ActionView> actions = new ArrayList<>();
        long id = line.appraisal().map(StoredAppraisal::id).orElse(0L);
        long version = line.appraisal().map(StoredAppraisal::version).orElse(0L);
        boolean first = true;
        for (Step step : Step.values()) {
            if (line.steps().contains(step)) {
                String code = WireCode.of(step);
                actions.add(new ActionView(code, "cascade-appraisal-" + code + "-dialog",
                        i18n.text("cascade.appraisal.page.action." + code), first, id, version));
                first = false;
            }
        }
        return new GoalView(line.goal().goalId(), line.goal().title(), links.goal(line.goal().goalId()),
                i18n.text(line.goal().type().messageKey()), weight, state, stateCode, rate, derivation,
                composite.processScore().isPresent() ? AppraisalTexts.composite(composite, i18n) : "",
                complete ? i18n.text(composite.grade().i18nKey()) : "",
                complete ? GradeDistributionView.lozenge(composite.grade()) : "", details, actions);
    }

    private static List<String> details(Optional<StoredAppraisal> stored, Translator i18n,
            Function<String, String> names) {
        List<String> details = new ArrayList<>();
        if (stored.isEmpty()) {
            return details;
        }
        AppraisalWorkflow workflow = stored.get().workflow();
        details.add(i18n.text("cascade.appraisal.page.detail.manager", names.apply(workflow.manager().key())));
        workflow.selfAssessment().ifPresent(self -> details.add(i18n.text("cascade.appraisal.page.detail.self"
                + (self.comment().isEmpty() ? ".plain" : ""), String.valueOf(self.score()), self.comment())));
        workflow.managerAssessment().ifPresent(m -> {
            details.add(i18n.text("cascade.appraisal.page.detail.assessed" + (m.comment().isEmpty() ? ".plain" : ""),
                    String.valueOf(m.processScore()), m.comment()));
            if (!m.suggestion().isEmpty()) {
                details.add(i18n.text("cascade.appraisal.page.detail.suggestion", m.suggestion()));
            }
        });
        workflow.signOff().ifPresent(s -> details.add(i18n.text("cascade.appraisal.page.detail.signed-off",
                LocaleFormats.day(s.at().atZone(ZoneOffset.UTC).toLocalDate(), i18n))));
        workflow.appeal().ifPresent(a -> details.add(i18n.text("cascade.appraisal.page.detail.appeal", a.reason())));
        workflow.appealResolution().ifPresent(r -> details.add(i18n.text("cascade.appraisal.page.detail.resolution."
                + WireCode.of(r.outcome()), names.apply(r.stamp().by().key()), r.comment())));
        return details;
    }
}
