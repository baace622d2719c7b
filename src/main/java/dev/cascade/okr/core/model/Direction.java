package dev.cascade.okr.core.model;

/** Which way a measured value should move: up towards a higher target, or down towards a lower one. */
public enum Direction {
    /** More is better (revenue, customers). */
    INCREASE,
    /** Less is better (defects, cost, churn). */
    DECREASE
}
