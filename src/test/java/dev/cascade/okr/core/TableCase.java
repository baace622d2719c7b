package dev.cascade.okr.core;

/**
 * One row of a table-driven core test ({@code @RunWith(Parameterized.class)}): what the rule is given and what it
 * must answer. A test extends this with a constructor that takes its table's columns as they stand (a name column
 * only names the case in the report) and passes them on as these two values, so no test repeats a field and an
 * assignment per column.
 *
 * <p>A rule that takes several inputs, or answers with several values, gets them as one value: a domain object where
 * one fits, else a small record of the test's own that names each part, declared at the end of the test class.
 *
 * @param <G> what the rule under test is given
 * @param <E> what it must answer
 */
public abstract class TableCase<G, E> {

    /** What the rule under test is given in this row. */
    protected final G given;

    /** What the rule must answer in this row. */
    protected final E expected;

    protected TableCase(G given, E expected) {
        this.given = given;
        this.expected = expected;
    }
}
