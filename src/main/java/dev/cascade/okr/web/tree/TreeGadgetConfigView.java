package dev.cascade.okr.web.tree;

import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The goal tree dashboard item's configuration form: the goals the reader may see in the period chosen (the goal
 * chosen selected), the depths 1 to 5 and the periods around this year, every text translated. The form is checked on
 * the server before the dashboard keeps it.
 *
 * @param goals the goal choices, titled with their period
 * @param more whether the reader may see more goals of the period than are listed
 * @param depths the depth choices
 * @param periods the period choices, "any period" first
 * @param restBase the base address of the plugin's REST API
 * @param formId what every id of the form starts with (unique per item on a dashboard)
 * @param text the reader's translations, by key
 */
public record TreeGadgetConfigView(List<Option> goals, boolean more, List<Option> depths, List<Option> periods,
        String restBase, String formId, Function<String, String> text) {

    /** What the form's ids start with when the script names nothing else. */
    public static final String FORM_ID = "cascade-gadget";

    /** The depth shown when none is chosen. */
    public static final int DEFAULT_DEPTH = 2;

    /** Copies the lists. */
    public TreeGadgetConfigView {
        goals = List.copyOf(goals);
        depths = List.copyOf(depths);
        periods = List.copyOf(periods);
    }

    /**
     * The form.
     *
     * @param visible the goals of the period the reader may see (one page)
     * @param goal the goal chosen, as sent (empty for none)
     * @param depth the depth chosen, as sent (empty for the default)
     * @param period the period chosen, as sent (empty for any)
     * @param maxDepth the deepest choice
     * @param today today, for the period choices
     * @param contextPath the host's context path
     * @param formId what every id of the form starts with
     * @param formats the reader's formats
     */
    public static TreeGadgetConfigView of(Page<StoredObjective> visible, String goal, String depth, String period,
            int maxDepth, LocalDate today, String contextPath, String formId, Formats formats) {
        List<Option> goals = new ArrayList<>();
        for (StoredObjective stored : visible.items()) {
            Objective objective = stored.objective();
            String id = Long.toString(objective.id().value());
            String when = PeriodText.shortcut(objective.period())
                    .orElseGet(() -> formats.day(objective.period().start()) + " – "
                            + formats.day(objective.period().end()));
            goals.add(new Option(id, formats.i18n().text("cascade.gadget.config.goal.choice", objective.title(),
                    when), id.equals(goal)));
        }
        String chosenDepth = depth.isEmpty() ? Integer.toString(DEFAULT_DEPTH) : depth;
        List<Option> depths = new ArrayList<>();
        for (int d = 1; d <= maxDepth; d++) {
            depths.add(new Option(Integer.toString(d), Integer.toString(d), Integer.toString(d).equals(chosenDepth)));
        }
        List<Option> periods = new ArrayList<>();
        periods.add(new Option("", formats.i18n().text("cascade.gadget.period.any"), period.isEmpty()));
        List<String> values = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            values.add(Integer.toString(year));
            values.add(year + "-H1");
            values.add(year + "-H2");
            for (int quarter = 1; quarter <= 4; quarter++) {
                values.add(year + "-Q" + quarter);
            }
        }
        if (!period.isEmpty() && !values.contains(period)) {
            values.add(0, period);
        }
        for (String value : values) {
            periods.add(new Option(value, value, value.equals(period)));
        }
        return new TreeGadgetConfigView(goals, visible.total() > visible.items().size(), depths, periods,
                contextPath + "/rest/cascade/1.0", formId, key -> formats.i18n().text(key));
    }

    /** Whether no goal of the period may be seen by the reader. */
    public boolean noGoals() {
        return goals.isEmpty();
    }

    /** A translated label of the form ({@code cascade.gadget.config.<name>}). */
    public String label(String name) {
        return text.apply("cascade.gadget.config." + name);
    }
}
