package dev.cascade.okr.devhost;

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
 */
public final class PluginContext implements AutoCloseable {

    private final AnnotationConfigApplicationContext spring;

    private PluginContext(AnnotationConfigApplicationContext spring) {
        this.spring = spring;
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
        return new PluginContext(spring);
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
