package dev.cascade.okr.core.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A person's composite score (0–100): the goal composites weighted by the goals' weights, with its grade and
 * arithmetic; or incomplete, naming the goals whose composite is not known yet.
 *
 * <p>Made by {@link CompositePolicy#personComposite}. Units: score scale 1. Invariant: complete exactly when no goal
 * with a weight above zero is incomplete, and then score and grade are present. A zero-weight goal cannot change the
 * score, so its missing composite does not hold the person's back.
 */
public final class PersonComposite {

    private final List<WeightedComposite> goals;
    private final List<Integer> incompleteGoals;
    private final BigDecimal score;
    private final Grade grade;
    private final String explanation;

    PersonComposite(List<WeightedComposite> goals, List<Integer> incompleteGoals, BigDecimal score, Grade grade,
            String explanation) {
        this.goals = List.copyOf(goals);
        this.incompleteGoals = List.copyOf(incompleteGoals);
        if (this.incompleteGoals.isEmpty() != (score != null) || (score == null) != (grade == null)) {
            throw new IllegalArgumentException("inconsistent person composite: incomplete " + incompleteGoals
                    + ", score " + score + ", grade " + grade);
        }
        this.score = score;
        this.grade = grade;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The goals in the order given, with their weights. */
    public List<WeightedComposite> goals() {
        return goals;
    }

    /** Whether every weighted goal has a composite, so there is a score and a grade. */
    public boolean isComplete() {
        return score != null;
    }

    /** The positions (from 0) of weighted goals whose composite is still incomplete. */
    public List<Integer> incompleteGoals() {
        return incompleteGoals;
    }

    /**
     * The composite, 0–100, scale 1.
     *
     * @throws IllegalStateException when incomplete: ask {@link #isComplete()} first
     */
    public BigDecimal score() {
        if (score == null) {
            throw new IllegalStateException("person composite incomplete, goals " + incompleteGoals);
        }
        return score;
    }

    /**
     * The grade the score earns.
     *
     * @throws IllegalStateException when incomplete: ask {@link #isComplete()} first
     */
    public Grade grade() {
        if (grade == null) {
            throw new IllegalStateException("person composite incomplete, goals " + incompleteGoals);
        }
        return grade;
    }

    /**
     * The arithmetic in numbers and symbols only, e.g. {@code 40% × 91.2 + 60% × 100.0 = 36.48 + 60.00 = 96.48 ≈ 96.5};
     * an unknown goal composite and the unknown result are {@code ?}.
     */
    public String explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonComposite that && goals.equals(that.goals)
                && Objects.equals(score, that.score) && grade == that.grade && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goals, score, grade, explanation);
    }

    @Override
    public String toString() {
        return "PersonComposite[" + explanation + (grade == null ? "" : " " + grade) + "]";
    }
}
