package dev.cascade.okr.devhost;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import java.time.Instant;
import java.util.List;

/** Paths, sample bodies and stored goals for the key-results, alignments and cascade tests. */
final class KeyResultsHttp {

    static final String KEY_RESULTS = "/rest/cascade/1.0/key-results";
    static final String CASCADE = "/rest/cascade/1.0/cascade";
    static final Instant NOW = Instant.parse("2026-02-01T08:00:00Z");

    private KeyResultsHttp() {
    }

    /** A metric key result body with a title and weight, optionally with a version. */
    static String metric(Long version, String title, String weight) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"title\":\"" + title
                + "\",\"weight\":" + weight + ",\"measure\":{\"kind\":\"metric\",\"direction\":\"increase\","
                + "\"start\":0,\"tiers\":{\"target\":10},\"unit\":\"demos\"}}";
    }

    /** A links body at a version. */
    static String links(long version, String entries) {
        return "{\"version\":" + version + ",\"links\":[" + entries + "]}";
    }

    /** An alignment body. */
    static String alignment(long parentId, String contribution) {
        return "{\"parentId\":" + parentId + ",\"contribution\":" + contribution + "}";
    }

    /** Stores an active CASC goal with one milestone key result (progress {@code done}) directly. */
    static ObjectiveId store(DevHostFixture host, String title, String level, String owner, Visibility visibility,
            Period period, boolean rollsUp, double done) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef(owner), level,
                period, new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, visibility, rollsUp);
        List<GoalStore.NewKeyResult> keyResults = List.of(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields(
                "Milestone", Weight.FULL, new MilestoneMeasure("Done"), null),
                new GoalStore.Measured(Progress.of(done), null)));
        return goals(host).insert(new GoalStore.NewObjective(fields, keyResults), owner, NOW).objective().id();
    }

    /** Aligns directly in the store. */
    static void align(DevHostFixture host, ObjectiveId child, ObjectiveId parent, int percent) {
        host.server().plugin().bean(AlignmentStore.class)
                .align(new Alignment(child, parent, Weight.ofPercent(percent)), "alice", NOW);
    }

    static GoalStore goals(DevHostFixture host) {
        return host.server().plugin().bean(GoalStore.class);
    }
}
