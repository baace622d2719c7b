package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;
import org.junit.Test;

/** Roll-up along alignments: children into parents, several parents, incremental updates, stored cycles. */
public class RollupCascadeTest {

    private static final ObjectiveId COMPANY = new ObjectiveId(1);
    private static final ObjectiveId SALES = new ObjectiveId(2);
    private static final ObjectiveId MARKETING = new ObjectiveId(3);

    @Test
    public void shouldRollUpAlignedChildrenByContributionWhenParentRollsUp() {
        RollupNetwork network = RollupNetwork.builder()
                .objective(COMPANY, true).objective(SALES, false).objective(MARKETING, false)
                .keyResult(SALES, new KeyResultId(1), Weight.FULL, Progress.of(0.5))
                .keyResult(MARKETING, new KeyResultId(2), Weight.FULL, Progress.of(1.0))
                .alignment(SALES, COMPANY, Weight.ofPercent(60))
                .alignment(MARKETING, COMPANY, Weight.ofPercent(40))
                .build().value();

        assertEquals(0.6 * 0.5 + 0.4 * 1.0, network.progress(COMPANY).fraction(), 1e-12);
    }

    @Test
    public void shouldMixOwnKeyResultsAndChildrenOnOneScaleWhenParentHasBoth() {
        RollupNetwork network = companyWithSales(true, Weight.ofPercent(50));

        assertEquals(0.5, network.progress(COMPANY).fraction(), 1e-12);
    }

    @Test
    public void shouldIgnoreChildrenWhenParentDoesNotRollUp() {
        RollupNetwork network = companyWithSales(false, Weight.FULL);

        assertEquals(0.2, network.progress(COMPANY).fraction(), 1e-12);
    }

    @Test
    public void shouldContributeToEachParentWithItsOwnWeightWhenAlignedTwice() {
        ObjectiveId other = new ObjectiveId(4);
        RollupNetwork network = RollupNetwork.builder()
                .objective(COMPANY, true).objective(other, true).objective(SALES, false)
                .objective(MARKETING, false)
                .keyResult(SALES, new KeyResultId(1), Weight.FULL, Progress.of(1.0))
                .keyResult(MARKETING, new KeyResultId(2), Weight.FULL, Progress.of(0.0))
                .alignment(SALES, COMPANY, Weight.ofPercent(80))
                .alignment(MARKETING, COMPANY, Weight.ofPercent(20))
                .alignment(SALES, other, Weight.ofPercent(10))
                .alignment(MARKETING, other, Weight.ofPercent(90))
                .build().value();

        assertEquals(0.8, network.progress(COMPANY).fraction(), 1e-12);
        assertEquals(0.1, network.progress(other).fraction(), 1e-12);
    }

    @Test
    public void shouldHaveNoDataNotZeroWhenNoChildHasData() {
        RollupNetwork network = RollupNetwork.builder()
                .objective(COMPANY, true).objective(SALES, false)
                .keyResult(SALES, new KeyResultId(1), Weight.FULL, Progress.noData(NoDataReason.NOT_COMPUTED))
                .alignment(SALES, COMPANY, Weight.FULL)
                .build().value();

        assertFalse(network.progress(COMPANY).hasData());
    }

    @Test
    public void shouldUpdateOnlyAffectedAncestorsWhenOneKeyResultChanges() {
        ObjectiveId unrelated = new ObjectiveId(9);
        RollupNetwork network = RollupNetwork.builder()
                .objective(COMPANY, true).objective(SALES, false).objective(MARKETING, false)
                .objective(unrelated, false)
                .keyResult(SALES, new KeyResultId(1), Weight.FULL, Progress.of(0.5))
                .keyResult(MARKETING, new KeyResultId(2), Weight.FULL, Progress.of(1.0))
                .keyResult(unrelated, new KeyResultId(3), Weight.FULL, Progress.of(0.1))
                .alignment(SALES, COMPANY, Weight.ofPercent(50))
                .alignment(MARKETING, COMPANY, Weight.ofPercent(50))
                .build().value();

        List<ObjectiveId> changed = network.updateKeyResult(new KeyResultId(1), Progress.of(1.0));

        assertEquals(List.of(SALES, COMPANY), changed);
        assertEquals(1.0, network.progress(COMPANY).fraction(), 1e-12);
        assertEquals(List.of(), network.updateKeyResult(new KeyResultId(1), Progress.of(1.0)));
    }

    @Test
    public void shouldRefuseStoredCycleWithViolationWhenBuilt() {
        Validated<RollupNetwork> built = RollupNetwork.builder()
                .objective(COMPANY, true).objective(SALES, true)
                .alignment(SALES, COMPANY, Weight.FULL)
                .alignment(COMPANY, SALES, Weight.FULL)
                .build();

        assertFalse(built.isValid());
        assertEquals(ViolationCode.ALIGNMENT_CYCLE, built.errors().get(0).code());
    }

    @Test
    public void shouldBeManualNeverOnObjectiveWhenKeyResultIsManual() {
        RollupNetwork network = RollupNetwork.builder()
                .objective(SALES, false)
                .keyResult(SALES, new KeyResultId(1), Weight.FULL, Progress.manual(0.4))
                .build().value();

        assertTrue(network.progress(SALES).hasData());
        assertFalse(network.progress(SALES).isManual());
    }

    /** COMPANY with one key result at 0.2 of the weight given; SALES, one key result at 0.8, aligned to it at 50%. */
    private static RollupNetwork companyWithSales(boolean companyRollsUp, Weight companyKeyResult) {
        return RollupNetwork.builder()
                .objective(COMPANY, companyRollsUp).objective(SALES, false)
                .keyResult(COMPANY, new KeyResultId(1), companyKeyResult, Progress.of(0.2))
                .keyResult(SALES, new KeyResultId(2), Weight.FULL, Progress.of(0.8))
                .alignment(SALES, COMPANY, Weight.ofPercent(50))
                .build().value();
    }
}
