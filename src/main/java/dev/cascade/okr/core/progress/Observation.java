package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a key result is measured from at one moment: the latest check-in, the linked issues, or the fact that there
 * is nothing to measure yet. It is also the evidence shown next to the progress.
 *
 * <p>Every implementation is immutable and holds no {@code null}.
 */
public sealed interface Observation {

    /** A measured key result without any check-in yet. */
    static Observation noCheckIn() {
        return new NoCheckIn();
    }

    /** The latest checked-in value of a metric or band. */
    static Observation value(BigDecimal actual) {
        return new Value(actual);
    }

    /** The latest check-in of a milestone. */
    static Observation milestone(boolean done) {
        return new Milestone(done);
    }

    /** What the linked issues add up to, all links merged. */
    static Observation issues(IssueCompletion completion) {
        return new Issues(completion);
    }

    /** Linked Jira work that no longer exists (deleted, moved, or not visible to the app). */
    static Observation brokenLink(List<WorkLink> missing) {
        return new BrokenLink(missing);
    }

    /** No check-in has been made yet; progress is "no data", never 0%. */
    record NoCheckIn() implements Observation {
    }

    /**
     * The latest checked-in value of a metric or a band.
     *
     * @param actual the value, in the key result's unit; any sign
     */
    record Value(BigDecimal actual) implements Observation {

        /** Checks presence. */
        public Value {
            Objects.requireNonNull(actual, "actual");
        }
    }

    /**
     * The latest check-in of a milestone.
     *
     * @param done whether the milestone is reached
     */
    record Milestone(boolean done) implements Observation {
    }

    /**
     * The linked issues, every link's issues merged into one completion.
     *
     * @param completion counts, story points and field sums per status category
     */
    record Issues(IssueCompletion completion) implements Observation {

        /** Checks presence. */
        public Issues {
            Objects.requireNonNull(completion, "completion");
        }
    }

    /**
     * At least one linked epic or issue is gone. The key result then has no data rather than a progress computed
     * from the remaining links, which would silently move when a link breaks.
     *
     * @param missing the links that were not found; may be empty when the source cannot tell which
     */
    record BrokenLink(List<WorkLink> missing) implements Observation {

        /** Copies the list. */
        public BrokenLink {
            missing = List.copyOf(missing);
        }
    }
}
