package dev.cascade.okr.devhost;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev host's stand-in for atlassian-cache with {@code replicateViaInvalidation}: a cache is a concurrent map filled
 * by its loader (or a supplier) on this node. The dev host is one node; {@link #cluster} makes several that share
 * what the host replicates: a put, replace or remove on one node removes the key on every other, and
 * {@code removeAll} empties the cache on every node, while loaded values stay where they were loaded. Counts loads so
 * that tests can tell a hit from a miss.
 */
public final class DevCacheManager implements CacheManager {

    private final Map<String, DevCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final List<DevCacheManager> nodes;
    private volatile Watcher watcher = new Watcher() { };

    /** One node. */
    public DevCacheManager() {
        this.nodes = List.of(this);
    }

    private DevCacheManager(List<DevCacheManager> nodes) {
        this.nodes = nodes;
    }

    /** {@code count} nodes of one cluster, each with its own values, invalidating each other as the host does. */
    public static List<DevCacheManager> cluster(int count) {
        List<DevCacheManager> nodes = new ArrayList<>(count);
        List<DevCacheManager> shared = java.util.Collections.unmodifiableList(nodes);
        for (int i = 0; i < count; i++) {
            nodes.add(new DevCacheManager(shared));
        }
        return shared;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new DevCache<>(n, loader));
    }

    /** What a test may watch on one node: each value a cache loads, and each replace just before it happens. */
    public interface Watcher {

        /** A cache loaded the value of a key (by its loader or a supplier). */
        default void loaded(String cache, Object key) {
        }

        /** A cache is about to replace the value of a key. */
        default void replacing(String cache, Object key) {
        }
    }

    /** Lets a test watch this node's caches (one watcher at a time). */
    public void watch(Watcher watching) {
        this.watcher = watching;
    }

    /** How many values the named cache has loaded so far (0 when it does not exist). */
    public long loads(String name) {
        DevCache<?, ?> cache = caches.get(name);
        return cache == null ? 0 : cache.loads;
    }

    /** Removes the key from the named cache on every other node: what the host replicates. */
    private void invalidateElsewhere(String name, Object key) {
        for (DevCacheManager node : nodes) {
            DevCache<?, ?> cache = node == this ? null : node.caches.get(name);
            if (cache != null) {
                cache.values.remove(key);
            }
        }
    }

    private final class DevCache<K, V> implements Cache<K, V> {
        private final String name;
        private final CacheLoader<K, V> loader;
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private volatile long loads;

        DevCache(String name, CacheLoader<K, V> loader) {
            this.name = name;
            this.loader = Objects.requireNonNull(loader, "the dev host supports caches with a loader only");
        }

        @Override
        public V get(K key) {
            return get(key, () -> loader.load(key));
        }

        @Override
        public V get(K key, Supplier<? extends V> supplier) {
            return values.computeIfAbsent(key, k -> {
                synchronized (this) {
                    loads++;
                }
                watcher.loaded(name, k);
                return supplier.get();
            });
        }

        @Override
        public boolean containsKey(K key) {
            return values.containsKey(key);
        }

        @Override
        public void put(K key, V value) {
            values.put(key, value);
            invalidateElsewhere(name, key);
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            watcher.replacing(name, key);
            boolean replaced = values.replace(key, oldValue, newValue);
            if (replaced) {
                invalidateElsewhere(name, key);
            }
            return replaced;
        }

        @Override
        public void remove(K key) {
            values.remove(key);
            invalidateElsewhere(name, key);
        }

        @Override
        public void removeAll() {
            for (DevCacheManager node : nodes) {
                DevCache<?, ?> cache = node.caches.get(name);
                if (cache != null) {
                    cache.values.clear();
                }
            }
        }
    }
}
