package dev.cascade.okr.core;

/**
 * One row of a table-driven core test ({@code @RunWith(Parameterized.class)}): what the rule is given and what it
 * must answer. A test extends this with a one-line constructor taking its table's columns, the row's name first
 * (it only names the case in the report), and passes the rest on, so no test repeats the fields and assignments
 * that the Parameterized runner needs.
 *
 * <p>A rule that takes several inputs gets them as one value: a domain object where one fits, else a small record
 * of the test's own that names each input.
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
