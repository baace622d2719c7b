package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolls key-result progress up into objectives and along alignments to parent goals, in full or incrementally.
 *
 * <p>The rule, the only one in the product: an objective's progress is the weighted mean of its inputs that have
 * data. Its inputs are its key results (weighted by their weights) and, when the objective rolls up from aligned
 * children, each aligned child goal (weighted by that alignment's contribution weight, on the same per-cent scale).
 * Inputs without data are left out, never counted as 0; the share of weight that had data is the
 * {@linkplain #coverage(ObjectiveId) coverage}. When the inputs with data all weigh 0, they count equally (so zero
 * weights never turn real progress into a silent 0). With no input with data, the objective has no data
 * ({@link NoDataReason#NOTHING_TO_ROLL_UP}). A <b>frozen</b> objective (a closed goal, see
 * {@link Builder#frozen}) keeps the progress and coverage it had at closing whatever its inputs do, and the objectives
 * above it roll up that value.
 *
 * <p>{@link #recomputeAll()} evaluates every objective, children before parents. {@link #updateKeyResult} changes
 * one key result and recomputes only the objectives that can change: its objective and, through roll-up alignments,
 * their ancestors, in the same order and with the same arithmetic, so the result is bit-for-bit the result of a full
 * recompute.
 *
 * <p>Held in flat arrays (about 100 bytes per goal) so that 100,000 objectives fit a cache and a full roll-up stays in
 * milliseconds. Not thread-safe: one instance belongs to one recompute.
 */
public final class RollupNetwork implements Cloneable {

    private final long[] objectiveIds;
    private final LongIndex objectiveIndex;
    private final boolean[] rollsUp;
    private final boolean[] frozen;
    private final double[] frozenValue;
    private final double[] frozenCoverage;
    private final int[] keyResultStart;
    private final long[] keyResultIds;
    private final LongIndex keyResultIndex;
    private final int[] keyResultOwner;
    private final double[] keyResultWeight;
    private double[] keyResultValue;
    private final int[] childStart;
    private final int[] childIndex;
    private final double[] childWeight;
    private final int[] parentStart;
    private final int[] parentIndex;
    private final int[] topologicalOrder;
    private final int[] topologicalRank;
    private double[] value;
    private double[] coverage;
    private int[] queued;
    private int generation;
    private int[] heap = new int[16];

    private RollupNetwork(Builder b, int[] order, int[] rank) {
        int n = b.objectiveIds.size();
        objectiveIds = b.objectiveIds.stream().mapToLong(Long::longValue).toArray();
        objectiveIndex = b.objectiveIndex;
        rollsUp = new boolean[n];
        frozen = new boolean[n];
        frozenValue = new double[n];
        frozenCoverage = new double[n];
        for (int i = 0; i < n; i++) {
            rollsUp[i] = b.rollsUp.get(i);
        }
        for (java.util.Map.Entry<Integer, double[]> entry : b.frozen.entrySet()) {
            frozen[entry.getKey()] = true;
            frozenValue[entry.getKey()] = entry.getValue()[0];
            frozenCoverage[entry.getKey()] = entry.getValue()[1];
        }
        int m = b.keyResultIds.size();
        keyResultStart = new int[n + 1];
        for (int k = 0; k < m; k++) {
            keyResultStart[b.keyResultOwner.get(k) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            keyResultStart[i + 1] += keyResultStart[i];
        }
        keyResultIds = new long[m];
        keyResultOwner = new int[m];
        keyResultWeight = new double[m];
        keyResultValue = new double[m];
        keyResultIndex = new LongIndex(m);
        int[] fill = Arrays.copyOf(keyResultStart, n);
        for (int k = 0; k < m; k++) {
            int owner = b.keyResultOwner.get(k);
            int at = fill[owner]++;
            keyResultIds[at] = b.keyResultIds.get(k);
            keyResultOwner[at] = owner;
            keyResultWeight[at] = b.keyResultWeight.get(k);
            keyResultValue[at] = b.keyResultValue.get(k);
            keyResultIndex.putIfAbsent(keyResultIds[at], at);
        }
        int e = b.alignmentChild.size();
        childStart = new int[n + 1];
        parentStart = new int[n + 1];
        for (int a = 0; a < e; a++) {
            childStart[b.alignmentParent.get(a) + 1]++;
            parentStart[b.alignmentChild.get(a) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
            parentStart[i + 1] += parentStart[i];
        }
        childIndex = new int[e];
        childWeight = new double[e];
        parentIndex = new int[e];
        int[] childFill = Arrays.copyOf(childStart, n);
        int[] parentFill = Arrays.copyOf(parentStart, n);
        for (int a = 0; a < e; a++) {
            int child = b.alignmentChild.get(a);
            int parent = b.alignmentParent.get(a);
            int c = childFill[parent]++;
            childIndex[c] = child;
            childWeight[c] = b.alignmentWeight.get(a);
            parentIndex[parentFill[child]++] = parent;
        }
        topologicalOrder = order;
        topologicalRank = rank;
        value = new double[n];
        coverage = new double[n];
        Arrays.fill(value, Double.NaN);
        queued = new int[n];
    }

    /**
     * The progress of an objective's own key results, weighted; aligned children are not included here (a cascade's
     * network adds them for objectives that roll up from children). It was {@code Objective.ownProgress()} until the
     * model stopped depending on progress rules (docs/decisions/0012-core-package-layers.md).
     *
     * @param objective the objective
     * @return the weighted progress of its key results
     */
    public static Progress ownProgress(Objective objective) {
        Builder network = builder().objective(objective.id(), false);
        for (KeyResult keyResult : objective.keyResults()) {
            network.keyResult(objective.id(), keyResult.id(), keyResult.weight(), keyResult.progress());
        }
        return network.build().value().progress(objective.id());
    }

    /** A builder for a network of objectives, their key results and alignments. */
    public static Builder builder() {
        return new Builder();
    }

    /** Evaluates every objective from its inputs, children before parents. */
    public void recomputeAll() {
        for (int i : topologicalOrder) {
            evaluate(i);
        }
    }

    /**
     * A copy of this network as it stands, to update while this one stays as it is: copies the key-result values and
     * the rolled-up results (a few arrays of the network's size), shares the rest.
     */
    public RollupNetwork copy() {
        try {
            RollupNetwork copy = (RollupNetwork) super.clone();
            copy.keyResultValue = keyResultValue.clone();
            copy.value = value.clone();
            copy.coverage = coverage.clone();
            copy.queued = new int[queued.length];
            copy.generation = 0;
            copy.heap = new int[16];
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("a RollupNetwork is Cloneable", e);
        }
    }

    /** Whether the key result is part of this network. */
    public boolean containsKeyResult(KeyResultId id) {
        return keyResultIndex.get(id.value()) >= 0;
    }

    /**
     * Sets one key result's progress and recomputes the objectives that depend on it.
     *
     * @return the objectives whose progress or coverage changed, children before parents; empty when nothing changed
     * @throws IllegalArgumentException when the key result is not in the network
     */
    public List<ObjectiveId> updateKeyResult(KeyResultId id, Progress progress) {
        int k = keyResultIndex.get(id.value());
        if (k < 0) {
            throw new IllegalArgumentException("key result not in the network: " + id);
        }
        double next = valueOf(progress);
        if (Double.doubleToLongBits(next) == Double.doubleToLongBits(keyResultValue[k])) {
            return List.of();
        }
        keyResultValue[k] = next;
        List<ObjectiveId> changed = new ArrayList<>();
        if (++generation == 0) {
            Arrays.fill(queued, 0);
            generation = 1;
        }
        int size = push(0, keyResultOwner[k]);
        while (size > 0) {
            int i = heap[0];
            size = pop(size);
            double beforeValue = value[i];
            double beforeCoverage = coverage[i];
            evaluate(i);
            if (Double.doubleToLongBits(beforeValue) != Double.doubleToLongBits(value[i])
                    || Double.doubleToLongBits(beforeCoverage) != Double.doubleToLongBits(coverage[i])) {
                changed.add(new ObjectiveId(objectiveIds[i]));
                for (int p = parentStart[i]; p < parentStart[i + 1]; p++) {
                    int parent = parentIndex[p];
                    if (rollsUp[parent] && queued[parent] != generation) {
                        size = push(size, parent);
                    }
                }
            }
        }
        return changed;
    }

    /**
     * The rolled-up progress of an objective as of the last recompute.
     *
     * @throws IllegalArgumentException when the objective is not in the network
     */
    public Progress progress(ObjectiveId id) {
        double v = value[index(id)];
        return Double.isNaN(v) ? Progress.noData(NoDataReason.NOTHING_TO_ROLL_UP) : Progress.of(v);
    }

    /**
     * The share (0 to 1) of the objective's input weight that had data; with all weights 0, the share of inputs.
     *
     * @throws IllegalArgumentException when the objective is not in the network
     */
    public double coverage(ObjectiveId id) {
        return coverage[index(id)];
    }

    /** The number of objectives. */
    public int objectiveCount() {
        return objectiveIds.length;
    }

    /** The number of key results. */
    public int keyResultCount() {
        return keyResultIds.length;
    }

    private int index(ObjectiveId id) {
        int i = objectiveIndex.get(id.value());
        if (i < 0) {
            throw new IllegalArgumentException("objective not in the network: " + id);
        }
        return i;
    }

    private void evaluate(int i) {
        if (frozen[i]) {
            value[i] = frozenValue[i];
            coverage[i] = frozenCoverage[i];
            return;
        }
        Inputs inputs = new Inputs();
        for (int k = keyResultStart[i]; k < keyResultStart[i + 1]; k++) {
            inputs.add(keyResultWeight[k], keyResultValue[k]);
        }
        if (rollsUp[i]) {
            for (int c = childStart[i]; c < childStart[i + 1]; c++) {
                inputs.add(childWeight[c], value[childIndex[c]]);
            }
        }
        if (inputs.withData == 0) {
            value[i] = Double.NaN;
            coverage[i] = 0.0;
            return;
        }
        double mean = inputs.weightWithData > 0 ? inputs.weighted / inputs.weightWithData
                : inputs.plain / inputs.withData;
        value[i] = Math.max(0.0, Math.min(1.0, mean));
        coverage[i] = inputs.totalWeight > 0 ? inputs.weightWithData / inputs.totalWeight
                : (double) inputs.withData / inputs.count;
    }

    /** The sums over one objective's inputs (its key results, then its children when it rolls up). */
    private static final class Inputs {
        private double weightWithData;
        private double weighted;
        private double plain;
        private double totalWeight;
        private int count;
        private int withData;

        /** Adds an input of weight {@code w} and value {@code v} ({@code NaN}: no data, so only its weight counts). */
        void add(double w, double v) {
            totalWeight += w;
            count++;
            if (v == v) {
                weightWithData += w;
                weighted += w * v;
                plain += v;
                withData++;
            }
        }
    }

    private int push(int size, int node) {
        queued[node] = generation;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int at = size;
        heap[at] = node;
        while (at > 0) {
            int up = (at - 1) >>> 1;
            if (topologicalRank[heap[up]] <= topologicalRank[heap[at]]) {
                break;
            }
            swap(up, at);
            at = up;
        }
        return size + 1;
    }

    private int pop(int size) {
        int last = size - 1;
        heap[0] = heap[last];
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            if (left >= last) {
                break;
            }
            int smallest = left + 1 < last && topologicalRank[heap[left + 1]] < topologicalRank[heap[left]]
                    ? left + 1 : left;
            if (topologicalRank[heap[at]] <= topologicalRank[heap[smallest]]) {
                break;
            }
            swap(smallest, at);
            at = smallest;
        }
        return last;
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    private static double valueOf(Progress progress) {
        return progress.hasData() ? progress.fraction() : Double.NaN;
    }

    /** Collects objectives, key results and alignments; ids must be unique and alignments must not form a cycle. */
    public static final class Builder {

        private final List<Long> objectiveIds = new ArrayList<>();
        private final LongIndex objectiveIndex = new LongIndex(1024);
        private final LongIndex keyResultIndex = new LongIndex(1024);
        private final List<Boolean> rollsUp = new ArrayList<>();
        private final List<Long> keyResultIds = new ArrayList<>();
        private final List<Integer> keyResultOwner = new ArrayList<>();
        private final List<Double> keyResultWeight = new ArrayList<>();
        private final List<Double> keyResultValue = new ArrayList<>();
        private final List<Integer> alignmentChild = new ArrayList<>();
        private final List<Integer> alignmentParent = new ArrayList<>();
        private final List<Double> alignmentWeight = new ArrayList<>();
        private final List<Violation> violations = new ArrayList<>();
        private final java.util.Map<Integer, double[]> frozen = new java.util.HashMap<>();

        private Builder() {
        }

        /**
         * Adds an objective.
         *
         * @param rollsUpFromChildren whether goals aligned to it count in its progress
         */
        public Builder objective(ObjectiveId id, boolean rollsUpFromChildren) {
            if (objectiveIndex.putIfAbsent(id.value(), objectiveIds.size()) >= 0) {
                throw new IllegalArgumentException("objective added twice: " + id);
            }
            objectiveIds.add(id.value());
            rollsUp.add(rollsUpFromChildren);
            return this;
        }

        /**
         * Freezes an objective already added at the progress and coverage it had when it was closed: its inputs no
         * longer move it, and its parents roll up this value.
         *
         * @param coverage the share (0 to 1) of its input weight that had data at closing
         */
        public Builder frozen(ObjectiveId id, Progress progress, double coverage) {
            frozen.put(indexOf(id), new double[] {valueOf(progress), progress.hasData() ? coverage : 0.0});
            return this;
        }

        /** Adds a key result of an objective already added, with its weight and current progress. */
        public Builder keyResult(ObjectiveId objective, KeyResultId id, Weight weight, Progress progress) {
            if (keyResultIndex.putIfAbsent(id.value(), keyResultIds.size()) >= 0) {
                throw new IllegalArgumentException("key result added twice: " + id);
            }
            keyResultIds.add(id.value());
            keyResultOwner.add(indexOf(objective));
            keyResultWeight.add(weight.fraction());
            keyResultValue.add(valueOf(progress));
            return this;
        }

        /** Adds an alignment between two objectives already added. */
        public Builder alignment(ObjectiveId child, ObjectiveId parent, Weight contribution) {
            alignmentChild.add(indexOf(child));
            alignmentParent.add(indexOf(parent));
            alignmentWeight.add(contribution.fraction());
            return this;
        }

        private int indexOf(ObjectiveId id) {
            int i = objectiveIndex.get(id.value());
            if (i < 0) {
                throw new IllegalArgumentException("objective not added yet: " + id);
            }
            return i;
        }

        /**
         * The network, evaluated in full; or {@link ViolationCode#ALIGNMENT_CYCLE} naming a goal on or above a cycle,
         * which stored data can only hold if it bypassed the alignment policy.
         */
        public Validated<RollupNetwork> build() {
            int n = objectiveIds.size();
            int[] pendingChildren = new int[n];
            List<List<Integer>> parents = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parents.add(new ArrayList<>(1));
            }
            for (int a = 0; a < alignmentChild.size(); a++) {
                pendingChildren[alignmentParent.get(a)]++;
                parents.get(alignmentChild.get(a)).add(alignmentParent.get(a));
            }
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (pendingChildren[i] == 0) {
                    order[tail++] = i;
                }
            }
            while (head < tail) {
                int i = order[head++];
                for (int parent : parents.get(i)) {
                    if (--pendingChildren[parent] == 0) {
                        order[tail++] = parent;
                    }
                }
            }
            if (tail < n) {
                for (int i = 0; i < n; i++) {
                    if (pendingChildren[i] > 0) {
                        violations.add(Violation.of(ViolationCode.ALIGNMENT_CYCLE, "alignments",
                                String.valueOf(objectiveIds.get(i))));
                        break;
                    }
                }
                return Validated.invalid(violations);
            }
            int[] rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
            }
            RollupNetwork network = new RollupNetwork(this, order, rank);
            network.recomputeAll();
            return Validated.valid(network);
        }
    }
}
