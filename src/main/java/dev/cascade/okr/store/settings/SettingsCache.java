package dev.cascade.okr.store.settings;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The settings every request reads (the access policy's company-goal rule, the appraisal and level schemes, the
 * tracking thresholds, the issue counting texts), held by name in a cluster-wide cache so that a request does not
 * read the settings table (decision 0019). Values are read on this node and stay on it; every write of a setting
 * removes its name on every node ({@code replicateViaInvalidation}), after the write's transaction, so the next read
 * anywhere sees what was saved. Emptied when the plugin starts and stops, as {@code GoalTrees} is: its values are the
 * plugin's own classes, which a plugin upgrade replaces.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public final class SettingsCache implements LifecycleAware {

    /** The cache's name, prefixed with the plugin key as the host asks. */
    public static final String CACHE_NAME = "dev.cascade.okr.settings";

    private final Cache<String, Setting<?>> cache;

    /** Creates the cache over the host's cache manager. */
    @Inject
    public SettingsCache(@ComponentImport CacheManager caches) {
        this.cache = caches.getCache(CACHE_NAME, name -> {
            throw new IllegalStateException("settings are read through SettingsCache.read: " + name);
        }, new CacheSettingsBuilder().remote().replicateViaInvalidation().replicateSynchronously()
                .expireAfterWrite(10, TimeUnit.MINUTES).maxEntries(100).flushable().build());
    }

    private SettingsCache() {
        this.cache = null;
    }

    /** No cache: every read goes to the store (a store built without the host's cache manager, as in tests). */
    static SettingsCache none() {
        return new SettingsCache();
    }

    /** The setting of this name, as this node holds it, else read from the store by {@code fromStore} and held. */
    @SuppressWarnings("unchecked")
    <T> Setting<T> read(String name, Supplier<Setting<T>> fromStore) {
        return cache == null ? fromStore.get() : (Setting<T>) cache.get(name, fromStore::get);
    }

    /** Forgets the setting of this name on every node: called after every write of it. */
    void changed(String name) {
        if (cache != null) {
            cache.remove(name);
        }
    }

    /** Empties the cache: nothing a previous version of the plugin cached survives its start. */
    @Override
    public void onStart() {
        if (cache != null) {
            cache.removeAll();
        }
    }

    /** Empties the cache: nothing this version cached is left for the next one. */
    @Override
    public void onStop() {
        onStart();
    }
}
