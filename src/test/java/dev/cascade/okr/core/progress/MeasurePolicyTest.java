package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** A submitted measure: each mistake has a stable code and names its field; good drafts build their kind. */
@RunWith(Parameterized.class)
public class MeasurePolicyTest extends TableCase<MeasureDraft, String> {

    private static final Direction UP = Direction.INCREASE;
    private static final Direction DOWN = Direction.DECREASE;
    private static final List<WorkLink> EPIC = List.of(new WorkLink.Epic("CASC-1"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<WorkLink> fiftyOne = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            fiftyOne.add(new WorkLink.Issue("CASC-" + i));
        }
        return Arrays.asList(new Object[][] {
            // metrics
            {"metric, valid", metric(UP, "0", tiers("80", "100", "120"), "%"), ""},
            {"metric, decreasing, valid", metric(DOWN, "40", tiers("12", "10", "8"), "defects"), ""},
            {"metric, start = target", metric(UP, "10", tiers(null, "10", null), ""), ""},
            {"metric, negative crossing zero", metric(UP, "-5", tiers(null, "5", null), null), ""},
            {"metric, 6 decimals and the largest number", metric(UP, "-1000000000000000",
                tiers(null, "0.123456", null), ""), ""},
            {"missing kind", new MeasureDraft(null, UP, null, null, null, null, null, null, null, null, null, null),
                "measure.kind-required@measure.kind"},
            {"missing draft", null, "measure.kind-required@measure.kind"},
            {"metric, nothing given", metric(null, null, null, null),
                "measure.direction-required@measure.direction,measure.start-required@measure.start,"
                    + "measure.target-required@measure.tiers.target"},
            {"metric, number too large", metric(UP, "0", tiers(null, "1000000000000000.1", null), ""),
                "measure.number-too-large@measure.tiers.target[1000000000000000]"},
            {"metric, negative number too large", metric(UP, "-1e16", tiers(null, "1", null), ""),
                "measure.number-too-large@measure.start[1000000000000000]"},
            {"metric, too many decimals", metric(UP, "0.1234567", tiers(null, "1", null), ""),
                "measure.number-too-precise@measure.start[6]"},
            {"metric, trailing zeros are not decimals", metric(UP, "0.1000000000", tiers(null, "1", null), ""), ""},
            {"increase with target below start", metric(UP, "10", tiers(null, "5", null), ""),
                "measure.target-below-start@measure.tiers.target[5, 10]"},
            {"decrease with target above start", metric(DOWN, "10", tiers(null, "15", null), ""),
                "measure.target-above-start@measure.tiers.target[15, 10]"},
            {"increase, floor above target", metric(UP, "0", tiers("110", "100", null), ""),
                "measure.floor-beyond-target@measure.tiers.floor[110, 100]"},
            {"increase, stretch below target", metric(UP, "0", tiers(null, "100", "90"), ""),
                "measure.stretch-short-of-target@measure.tiers.stretch[90, 100]"},
            {"decrease, floor below target", metric(DOWN, "40", tiers("8", "10", null), ""),
                "measure.floor-beyond-target@measure.tiers.floor[8, 10]"},
            {"decrease, stretch above target", metric(DOWN, "40", tiers(null, "10", "12"), ""),
                "measure.stretch-short-of-target@measure.tiers.stretch[12, 10]"},
            {"no direction: order not judged", metric(null, "0", tiers("110", "100", null), ""),
                "measure.direction-required@measure.direction"},
            {"floor too precise", metric(UP, "0", tiers("0.0000001", "1", null), ""),
                "measure.number-too-precise@measure.tiers.floor[6]"},
            {"stretch too large", metric(UP, "0", tiers(null, "1", "2e15"), ""),
                "measure.number-too-large@measure.tiers.stretch[1000000000000000]"},
            {"unit of 30 characters", metric(UP, "0", tiers(null, "1", null), "u".repeat(30)), ""},
            {"unit of 31 characters", metric(UP, "0", tiers(null, "1", null), "u".repeat(31)),
                "measure.unit-too-long@measure.unit[30]"},
            {"unit with control character", metric(UP, "0", tiers(null, "1", null), "k\u0000g"),
                "measure.unit-control-characters@measure.unit"},
            // bands
            {"band, valid", MeasureDraft.band(bd("200"), bd("400"), "ms"), ""},
            {"band, zero width", MeasureDraft.band(bd("5"), bd("5"), null), ""},
            {"band, missing ends", MeasureDraft.band(null, null, null),
                "measure.low-required@measure.low,measure.high-required@measure.high"},
            {"band, low above high", MeasureDraft.band(bd("5"), bd("4"), null),
                "measure.low-above-high@measure.low[5, 4]"},
            {"band, too precise", MeasureDraft.band(bd("0.00000001"), bd("4"), null),
                "measure.number-too-precise@measure.low[6]"},
            // milestones
            {"milestone, no description", MeasureDraft.milestone(null), ""},
            {"milestone, 255 characters", MeasureDraft.milestone("d".repeat(255)), ""},
            {"milestone, 256 characters", MeasureDraft.milestone("d".repeat(256)),
                "measure.description-too-long@measure.description[255]"},
            // issues
            {"issues, default basis", MeasureDraft.issues(null, null, null, null, EPIC), ""},
            {"issues, epic, issue and JQL", MeasureDraft.issues(ProgressBasis.STORY_POINTS_DONE, null, null, null,
                List.of(new WorkLink.Epic("CASC-1"), new WorkLink.Issue("OPS_2-17"), new WorkLink.Jql("a = b"))), ""},
            {"issues, no links", MeasureDraft.issues(null, null, null, null, List.of()),
                "links.required@measure.links"},
            {"issues, links missing", MeasureDraft.issues(null, null, null, null, null),
                "links.required@measure.links"},
            {"issues, 51 links", MeasureDraft.issues(null, null, null, null, fiftyOne),
                "links.too-many@measure.links[50]"},
            {"issues, bad key in third link", MeasureDraft.issues(null, null, null, null,
                List.of(new WorkLink.Epic("CASC-1"), new WorkLink.Issue("CASC-2"), new WorkLink.Epic("casc-3"))),
                "link.key-invalid@measure.links[2][casc-3]"},
            {"weights, valid custom", weighted("0.1", "0.6", "1"), ""},
            {"weights ignored for other bases", MeasureDraft.issues(ProgressBasis.ISSUE_COUNT_DONE,
                new MeasureDraft.Weights(bd("2"), null, null), null, null, EPIC), ""},
            {"weights, missing one", weighted("0", null, "1"),
                "measure.status-weight-required@measure.statusWeights.inProgress"},
            {"weights, out of range", weighted("-0.1", "0.5", "1.5"),
                "measure.status-weight-out-of-range@measure.statusWeights.toDo[0, 1],"
                    + "measure.status-weight-out-of-range@measure.statusWeights.done[0, 1]"},
            {"weights, In Progress below To Do", weighted("0.5", "0.4", "1"),
                "measure.status-weights-decreasing@measure.statusWeights.inProgress"},
            {"weights, Done below In Progress", weighted("0", "0.9", "0.8"),
                "measure.status-weights-decreasing@measure.statusWeights.done"},
            {"weights, all zero", weighted("0", "0", "0"),
                "measure.status-weight-done-zero@measure.statusWeights.done"},
            {"weights, too precise", weighted("0", "0.3333333", "1"),
                "measure.number-too-precise@measure.statusWeights.inProgress[6]"},
            {"numeric field, valid", field("customfield_10010", tiers("80", "100", "120")), ""},
            {"numeric field, no field", field(" ", tiers(null, "100", null)),
                "measure.field-required@measure.numericFieldId"},
            {"numeric field, bad field id", field("custom field!", tiers(null, "100", null)),
                "measure.field-id-invalid@measure.numericFieldId"},
            {"numeric field, no tiers", field("customfield_1", null),
                "measure.target-required@measure.tiers.target"},
            {"numeric field, target 0", field("customfield_1", tiers(null, "0", null)),
                "measure.target-not-positive@measure.tiers.target"},
            {"numeric field, negative target", field("customfield_1", tiers(null, "-5", null)),
                "measure.target-not-positive@measure.tiers.target"},
            {"numeric field, target too precise is not also judged positive", field("customfield_1",
                tiers(null, "-0.0000001", null)), "measure.number-too-precise@measure.tiers.target[6]"},
            {"numeric field, floor above target", field("customfield_1", tiers("120", "100", null)),
                "measure.floor-beyond-target@measure.tiers.floor[120, 100]"},
        });
    }

    private static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static MeasureDraft.Tiers tiers(String floor, String target, String stretch) {
        return new MeasureDraft.Tiers(bd(floor), bd(target), bd(stretch));
    }

    private static MeasureDraft metric(Direction direction, String start, MeasureDraft.Tiers tiers, String unit) {
        return MeasureDraft.metric(direction, bd(start), tiers, unit);
    }

    private static MeasureDraft weighted(String toDo, String inProgress, String done) {
        return MeasureDraft.issues(ProgressBasis.STATUS_WEIGHTED,
                new MeasureDraft.Weights(bd(toDo), bd(inProgress), bd(done)), null, null, EPIC);
    }

    private static MeasureDraft field(String fieldId, MeasureDraft.Tiers tiers) {
        return MeasureDraft.issues(ProgressBasis.NUMERIC_FIELD, null, fieldId, tiers, EPIC);
    }

    public MeasurePolicyTest(String name, MeasureDraft draft, String expected) {
        super(draft, expected);
    }

    @Test
    public void shouldReportEachProblemWithCodeAndFieldWhenTheDraftIsChecked() {
        Validated<Measure> result = new MeasurePolicy().validate(given);

        assertEquals(expected, result.violations().stream()
                .map(v -> v.code().code() + "@" + v.field() + (v.args().isEmpty() ? "" : v.args().toString()))
                .collect(Collectors.joining(",")));
        assertEquals(expected.isEmpty(), result.isValid());
        if (result.isValid()) {
            assertEquals(given.kind(), result.value().kind());
        }
    }
}
