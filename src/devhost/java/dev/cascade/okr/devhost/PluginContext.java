package dev.cascade.okr.devhost;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The plugin's Spring context, built the way the Spring Scanner runtime builds it in the product: one bean per line
 * of {@code META-INF/plugin-components/component} (plus {@code component-<product>}), one host service per line of
 * {@code imports} (plus {@code imports-<product>}), annotation-driven constructor injection. A host service that the
 * dev host cannot stand in for stops the boot with its name.
 *
 * <p>Beans listed in {@code exports} under SAL's {@code LifecycleAware} are what the product's lifecycle manager
 * calls: {@link #started()} calls their {@code onStart} once the host is up, {@link #stopping()} their {@code onStop}
 * before the context closes. A bean that implements {@code LifecycleAware} without being exported is never called,
 * as in the product; a line naming an interface its bean does not implement stops the boot, where the product would
 * fail to publish the service.
 */
public final class PluginContext implements AutoCloseable {

    private static final String LIFECYCLE_AWARE = LifecycleAware.class.getName();

    private final AnnotationConfigApplicationContext spring;
    private final List<LifecycleAware> lifecycle;

    private PluginContext(AnnotationConfigApplicationContext spring, List<LifecycleAware> lifecycle) {
        this.spring = spring;
        this.lifecycle = List.copyOf(lifecycle);
    }

    /** Boots the context for a product ({@code jira}) with the dev host's stand-ins for the host services. */
    public static PluginContext boot(ClassLoader loader, String product, Map<Class<?>, Object> hostServices) {
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.setClassLoader(loader);
        for (String type : lines(loader, "imports", product)) {
            Map.Entry<Class<?>, Object> service = hostServices.entrySet().stream()
                    .filter(e -> e.getKey().getName().equals(type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "the plugin imports " + type + " but the dev host has no stand-in for it"));
            register(spring, service.getKey(), service.getValue());
        }
        for (String line : lines(loader, "component", product)) {
            String[] parts = line.split("#", 2);
            try {
                Class<?> type = Class.forName(parts[0], false, loader);
                String name = parts.length > 1 ? parts[1] : decapitalise(type.getSimpleName());
                spring.registerBean(name, type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the index names a missing class " + parts[0], e);
            }
        }
        spring.refresh();
        List<LifecycleAware> lifecycle = new ArrayList<>();
        for (String line : lines(loader, "exports", product)) {
            String[] parts = line.split("#", 2);
            if (parts.length < 2) {
                throw new IllegalStateException("the exports index line '" + line + "' names no interface");
            }
            Object bean = exportedBean(spring, loader, parts[0]);
            if (bean == null) {
                continue; // a bean of another product: nothing to publish here
            }
            for (String iface : parts[1].split(",")) {
                if (!implementsInterface(bean.getClass(), iface.trim())) {
                    throw new IllegalStateException(
                            parts[0] + " is exported as " + iface + " but does not implement it");
                }
                if (iface.trim().equals(LIFECYCLE_AWARE)) {
                    lifecycle.add((LifecycleAware) bean);
                }
            }
        }
        return new PluginContext(spring, lifecycle);
    }

    private static Object exportedBean(AnnotationConfigApplicationContext spring, ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            String[] names = spring.getBeanNamesForType(type);
            return names.length == 0 ? null : spring.getBean(names[0]);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the exports index names a missing class " + name, e);
        }
    }

    private static boolean implementsInterface(Class<?> type, String iface) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Class<?> implemented : current.getInterfaces()) {
                if (implemented.getName().equals(iface) || implementsInterface(implemented, iface)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tells the exported {@code LifecycleAware} beans that the application has started, as the product does once it is
     * up (or when the plugin is enabled later). The product logs what one of them throws and goes on; the dev host
     * stops, so that a failing start breaks a test instead of going unnoticed.
     */
    public void started() {
        for (LifecycleAware bean : lifecycle) {
            bean.onStart();
        }
    }

    /** Tells the exported {@code LifecycleAware} beans that the plugin stops, in reverse order. */
    public void stopping() {
        List<LifecycleAware> reversed = new ArrayList<>(lifecycle);
        java.util.Collections.reverse(reversed);
        for (LifecycleAware bean : reversed) {
            bean.onStop();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void register(AnnotationConfigApplicationContext spring, Class<T> type, Object instance) {
        spring.registerBean(type.getName(), type, () -> (T) instance);
    }

    private static List<String> lines(ClassLoader loader, String stem, String product) {
        List<String> lines = new ArrayList<>();
        for (String file : List.of(stem, stem + "-" + product)) {
            try (InputStream in = loader.getResourceAsStream("META-INF/plugin-components/" + file)) {
                if (in == null) {
                    continue;
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::trim).filter(l -> !l.isEmpty()).forEach(lines::add);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read index " + file, e);
            }
        }
        return lines;
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A bean of the plugin. */
    public <T> T bean(Class<T> type) {
        return spring.getBean(type);
    }

    /** Creates a module object (context provider, REST resource) with constructor injection, as the product does. */
    public <T> T create(Class<T> type) {
        return spring.getAutowireCapableBeanFactory().createBean(type);
    }

    @Override
    public void close() {
        spring.close();
    }
}
