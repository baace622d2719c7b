package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Compile-only mirror of the Active Objects plugin's entry point (never shipped; Jira and Confluence link the real
 * interface).
 *
 * <p>Source: ao-plugin {@code activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java}
 * (AO plugin 1.4.x), later versions are supersets; {@code find}, {@code create}, {@code deleteWithSQL} used by
 * Atlassian's Slack plugin on Jira 10. Confidence: V (shared/host-api.md §4.2). Only the members Cascade or its dev
 * host call are mirrored; generic bounds are kept so that the erasures equal the real ones.
 */
public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
