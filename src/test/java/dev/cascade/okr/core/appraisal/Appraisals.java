package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.UserRef;
import java.time.Instant;

/** People, instants and appraisals in each state, for the workflow tests. */
final class Appraisals {

    static final UserRef APPRAISEE = new UserRef("jia");
    static final UserRef MANAGER = new UserRef("sales-manager");
    /** The manager's manager, who reviews appeals. */
    static final UserRef REVIEWER = new UserRef("sales-director");
    static final Instant SELF_AT = Instant.parse("2024-12-20T09:00:00Z");
    static final Instant ASSESSED_AT = Instant.parse("2024-12-23T09:00:00Z");
    static final Instant SIGNED_AT = Instant.parse("2024-12-27T09:00:00Z");
    static final Instant APPEALED_AT = Instant.parse("2024-12-30T09:00:00Z");
    static final Instant RESOLVED_AT = Instant.parse("2025-01-03T09:00:00Z");

    private Appraisals() {
    }

    /** 甲's appraisal under the default scheme, taken as far as {@code state} (an appeal is upheld). */
    static AppraisalWorkflow in(AppraisalState state) {
        AppraisalWorkflow workflow = AppraisalWorkflow.start(APPRAISEE, MANAGER, AppraisalScheme.defaults()).value();
        if (state == AppraisalState.NOT_STARTED) {
            return workflow;
        }
        workflow = workflow.selfAssess(APPRAISEE, 4, "More customers than last year", SELF_AT).value();
        if (state == AppraisalState.SELF_ASSESSED) {
            return workflow;
        }
        workflow = workflow.managerAssess(MANAGER, Achievements.of("48", "50"), null, null, 4, "Solid quarter",
                "One more visit a week", ASSESSED_AT)
                .value();
        if (state == AppraisalState.MANAGER_ASSESSED) {
            return workflow;
        }
        workflow = workflow.signOff(APPRAISEE, SIGNED_AT).value();
        if (state == AppraisalState.SIGNED_OFF) {
            return workflow;
        }
        workflow = workflow.appeal(APPRAISEE, "Decision cycles grew longer for everyone", APPEALED_AT).value();
        if (state == AppraisalState.APPEALED) {
            return workflow;
        }
        return workflow.upholdAppeal(REVIEWER, "The score reflects the quarter", RESOLVED_AT).value();
    }
}
