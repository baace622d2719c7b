package dev.cascade.okr.store.kernel;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import net.java.ao.DBParam;

/**
 * Optimistic concurrency that the database enforces, on every database Jira supports: inside the writing
 * transaction, a writer that read version {@code v} inserts the claim {@code KIND:id:v+1} into a table with a unique
 * index. Of two writers that read the same version, the second blocks on the first's claim and then fails on the
 * unique index, its transaction rolls back, and the store answers "stale" with the current state. A plain
 * read-compare-save would let the second overwrite the first under READ COMMITTED.
 */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    /**
     * Claims {@code nextVersion} of the row {@code kind:id}.
     *
     * @throws StaleWriteException when the version was claimed by another writer (unique violation)
     */
    public static void claim(ActiveObjects ao, String kind, long id, long nextVersion) {
        claim(ao, kind + ":" + id + ":" + nextVersion);
    }

    /**
     * Claims a name once and for all, e.g. that one appraisal of a goal, person and period has started (at most 255
     * characters).
     *
     * @throws StaleWriteException when another writer claimed it (unique violation)
     */
    public static void claim(ActiveObjects ao, String claim) {
        try {
            ao.create(VersionClaimAo.class, new DBParam("CLAIM", claim));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw new StaleWriteException(claim, e);
            }
            throw e;
        }
    }

    /** SQL state class 23 is an integrity constraint violation (23505 unique on PostgreSQL and H2). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
