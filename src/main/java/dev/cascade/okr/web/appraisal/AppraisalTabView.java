package dev.cascade.okr.web.appraisal;

import dev.cascade.okr.web.page.Tab;
import dev.cascade.okr.web.table.TablesView;
import java.util.List;

/**
 * The Goals page's Appraisal tab: for the period and the project (department) or the whole organisation, the
 * appraisal and feedback table (a person sees their own rows, a manager also the people they manage, an app
 * administrator everyone; each person links to their appraisal page), and the grade distribution with the scheme's
 * warnings. Displays what the table and distribution services answered.
 *
 * @param table the appraisal and feedback table
 * @param distribution the grade distribution
 * @param scopes the project or everywhere
 * @param scopeLabel the scope chooser's name
 * @param mineHref the signed-in person's own appraisal page
 * @param labels the tab's labels
 */
public record AppraisalTabView(TablesView table, GradeDistributionView distribution, List<Tab> scopes,
        String scopeLabel, String mineHref, PersonAppraisalView.Labels labels) {

    /** Copies the scopes. */
    public AppraisalTabView {
        scopes = List.copyOf(scopes);
    }
}
