package dev.cascade.okr.devhost;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev host's stand-in for atlassian-cache: one node, so a cache is a concurrent map filled by its loader and
 * {@code removeAll} empties it. Counts loads so that tests can tell a hit from a miss.
 */
public final class DevCacheManager implements CacheManager {

    private final Map<String, DevCache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new DevCache<>(loader));
    }

    /** How many values the named cache has loaded so far (0 when it does not exist). */
    public long loads(String name) {
        DevCache<?, ?> cache = caches.get(name);
        return cache == null ? 0 : cache.loads;
    }

    private static final class DevCache<K, V> implements Cache<K, V> {
        private final CacheLoader<K, V> loader;
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private volatile long loads;

        DevCache(CacheLoader<K, V> loader) {
            this.loader = Objects.requireNonNull(loader, "the dev host supports caches with a loader only");
        }

        @Override
        public V get(K key) {
            return values.computeIfAbsent(key, k -> {
                synchronized (this) {
                    loads++;
                }
                return loader.load(k);
            });
        }

        @Override
        public void remove(K key) {
            values.remove(key);
        }

        @Override
        public void removeAll() {
            values.clear();
        }
    }
}
