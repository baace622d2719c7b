package dev.cascade.okr.core.model;

/**
 * A key result as a person submits it, before validation; any field may be missing ({@code null}).
 *
 * @param title what will be true when the key result is achieved
 * @param epicKey the Jira epic whose issues drive progress, e.g. {@code CASC-1}
 * @param basis how issues become progress; {@code null} means the default, {@link ProgressBasis#ISSUE_COUNT_DONE}
 */
public record KeyResultDraft(String title, String epicKey, ProgressBasis basis) {

    /** The basis to use: the given one, or the default. */
    public ProgressBasis basisOrDefault() {
        return basis == null ? ProgressBasis.ISSUE_COUNT_DONE : basis;
    }
}
