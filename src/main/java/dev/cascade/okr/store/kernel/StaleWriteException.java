package dev.cascade.okr.store.kernel;

/**
 * Thrown inside a store transaction when another writer claimed the version first, so that the transaction rolls
 * back; stores catch it outside the transaction and answer {@code StoreWrite.Stale}. Never leaves {@code store}.
 */
public final class StaleWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleWriteException(String claim, Throwable cause) {
        super("version already claimed: " + claim, cause);
    }
}
