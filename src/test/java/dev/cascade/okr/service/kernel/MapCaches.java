package dev.cascade.okr.service.kernel;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The host's cache manager as one node sees it: a map per cache, filled by the loader on a miss; remembers which keys
 * each cache loaded since {@link #forgetLoads}.
 */
public final class MapCaches implements CacheManager {

    private final Map<String, Set<Object>> loads = new HashMap<>();

    /** The keys the cache {@code name} loaded since {@link #forgetLoads}, in load order. */
    public Set<Object> loaded(String name) {
        return loads.getOrDefault(name, Set.of());
    }

    /** Forgets what the caches loaded so far. */
    public void forgetLoads() {
        loads.clear();
    }

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        Map<K, V> values = new HashMap<>();
        return new Cache<>() {
            @Override
            public V get(K key) {
                return values.computeIfAbsent(key, k -> {
                    loads.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(k);
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
        };
    }
}
