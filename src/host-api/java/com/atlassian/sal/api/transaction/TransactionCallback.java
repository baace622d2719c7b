package com.atlassian.sal.api.transaction;

/**
 * Compile-only mirror of SAL's transaction callback: the work to run inside one transaction.
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.transaction.TransactionCallback}; used as a lambda by Atlassian's
 * Slack plugin compiled against Jira 10. Confidence: U (shared/host-api.md §3). We implement it (lambdas), so its
 * single abstract method is mirrored exactly.
 *
 * @param <T> the result type
 */
public interface TransactionCallback<T> {

    /** Runs the work; the transaction commits when it returns and rolls back when it throws. */
    T doInTransaction();
}
