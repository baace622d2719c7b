package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Which goals were carried over into which period, and the draft each became (结转记录). One record per goal and
 * target period, guaranteed by the store even for two carry-overs at the same moment, so running a carry-over twice
 * creates nothing new. Every method is one transaction.
 */
public interface CarryOverStore {

    /** The record of carrying {@code source} into {@code to}, if it was. */
    Optional<CarriedOver> carried(ObjectiveId source, Period to);

    /** The record that created {@code draft}, if it was created by a carry-over. */
    Optional<CarriedOver> createdDraft(ObjectiveId draft);

    /**
     * Records a carry-over: {@code Written} with it, or {@code Stale} with the record that exists already for its
     * source and period (nothing written). Of two records at the same moment the database lets exactly one through.
     */
    StoreWrite<CarriedOver> record(CarriedOver carriedOver);

    /**
     * One goal carried into a period.
     *
     * @param source the goal of the closed period
     * @param to the period carried into
     * @param draft the draft goal created there
     * @param suggestion the improvement suggestion of the source goal's appraisal, possibly empty
     * @param createdBy who ran the carry-over (user key)
     * @param createdAt when
     */
    record CarriedOver(ObjectiveId source, Period to, ObjectiveId draft, String suggestion, String createdBy,
            Instant createdAt) {

        /** Checks presence. */
        public CarriedOver {
            Require.present("source", source, "to", to, "draft", draft, "suggestion", suggestion,
                    "createdBy", createdBy, "createdAt", createdAt);
        }
    }
}
