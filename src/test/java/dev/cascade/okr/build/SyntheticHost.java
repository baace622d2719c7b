package dev.cascade.okr.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * A stand-in for Jira's or Confluence's OSGi container: one bundle that exports the packages the product exports to
 * plugins (listed in {@code src/test/resources/host-packages/<name>.packages}), booted with the plugin JAR in an
 * embedded Apache Felix framework, so that a missing or over-versioned {@code Import-Package} fails here with the
 * package named, instead of at install time in a customer's product.
 *
 * <p>Immutable; every {@link #startPlugin(Path)} boots a fresh framework in a fresh temporary directory and removes
 * both afterwards.
 */
public final class SyntheticHost {

    /** The package list of Jira 10.3 Data Center (Platform 7, Java 17). */
    public static final String JIRA_10_3 = "jira-10.3";

    /** The package list of Confluence 9.2 Data Center (Platform 7, Java 17). */
    public static final String CONFLUENCE_9_2 = "confluence-9.2";

    /** The package list of Jira 11.3 Data Center (Platform 8, Java 21). */
    public static final String JIRA_11_3 = "jira-11.3";

    /** The package list of Confluence 10.2 Data Center (Platform 8, Java 21). */
    public static final String CONFLUENCE_10_2 = "confluence-10.2";

    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final String name;
    private final List<String> exportClauses;

    private SyntheticHost(String name, List<String> exportClauses) {
        this.name = name;
        this.exportClauses = List.copyOf(exportClauses);
    }

    /**
     * Reads the host package list {@code /host-packages/<name>.packages} from the test class path.
     *
     * @param name the list's name, e.g. {@link #JIRA_10_3}
     * @return a host exporting exactly those packages
     */
    public static SyntheticHost load(String name) {
        String resource = "/host-packages/" + name + ".packages";
        try (InputStream in = SyntheticHost.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no host package list " + resource + " on the test class path");
            }
            List<String> clauses = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String clause = line.strip();
                if (!clause.isEmpty() && !clause.startsWith("#")) {
                    clauses.add(clause);
                }
            }
            return new SyntheticHost(name, clauses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The Java release the host runs on, which its framework offers as the {@code osgi.ee} execution environment:
     * 21 for the Platform 8 products (Jira 11, Confluence 10), 17 for the Platform 7 ones.
     */
    public int javaRelease() {
        return name.startsWith("jira-11") || name.startsWith("confluence-10") ? 21 : 17;
    }

    /** Returns the list's name, e.g. {@code jira-10.3}. */
    public String name() {
        return name;
    }

    /** Returns the export clauses, one package each, in file order. */
    public List<String> exportClauses() {
        return exportClauses;
    }

    /** Tells whether this host exports the package (at any version). */
    public boolean exports(String packageName) {
        return exportClauses.stream().anyMatch(clause -> packageOf(clause).equals(packageName));
    }

    /**
     * Returns a host like this one that does not export the package.
     *
     * @throws IllegalArgumentException if this host does not export it (a removal that changes nothing proves nothing)
     */
    public SyntheticHost without(String packageName) {
        if (!exports(packageName)) {
            throw new IllegalArgumentException(name + " does not export " + packageName);
        }
        List<String> rest = new ArrayList<>();
        for (String clause : exportClauses) {
            if (!packageOf(clause).equals(packageName)) {
                rest.add(clause);
            }
        }
        return new SyntheticHost(name + "-without-" + packageName, rest);
    }

    /**
     * Returns a host like this one that exports every package under {@code root} (the package itself and its
     * subpackages) at {@code version} instead.
     *
     * @throws IllegalArgumentException if this host exports no such package
     */
    public SyntheticHost withVersion(String root, String version) {
        List<String> clauses = new ArrayList<>();
        boolean changed = false;
        for (String clause : exportClauses) {
            String name = packageOf(clause);
            if (name.equals(root) || name.startsWith(root + ".")) {
                clauses.add(name + ";version=\"" + version + "\"");
                changed = true;
            } else {
                clauses.add(clause);
            }
        }
        if (!changed) {
            throw new IllegalArgumentException(name + " exports nothing under " + root);
        }
        return new SyntheticHost(name + "-with-" + root + "-" + version, clauses);
    }

    /** Returns the host bundle: a JAR holding only a manifest that exports this host's packages. */
    public byte[] bundle() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "cascade.synthetic." + name);
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.BUNDLE_NAME, "Synthetic " + name + " host (Cascade tests)");
        main.putValue(Constants.EXPORT_PACKAGE, String.join(",", exportClauses));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the " + name + " host bundle in memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Boots Felix, installs this host bundle and the plugin JAR, starts the plugin and reports what happened. The
     * framework is stopped and its storage deleted before this returns.
     *
     * @param pluginJar the built plugin JAR
     * @return the plugin's state after start, or the {@link BundleException} that start threw
     */
    public Outcome startPlugin(Path pluginJar) throws IOException {
        Path storage = Files.createTempDirectory("cascade-felix-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES, executionEnvironment());
        Framework framework = new FrameworkFactory().newFramework(config);
        try {
            framework.start();
            BundleContext context = framework.getBundleContext();
            context.installBundle("synthetic:" + name, new ByteArrayInputStream(bundle())).start();
            Bundle plugin;
            try (InputStream in = Files.newInputStream(pluginJar)) {
                plugin = context.installBundle(pluginJar.toUri().toString(), in);
            }
            try {
                plugin.start();
                return new Outcome(plugin.getState(), null);
            } catch (BundleException e) {
                return new Outcome(plugin.getState(), e.getMessage());
            }
        } catch (BundleException e) {
            throw new IllegalStateException("the Felix framework or a bundle could not be installed: " + e.getMessage(),
                    e);
        } finally {
            stop(framework);
            delete(storage);
        }
    }

    /** The {@code osgi.ee} capability of a Java SE host of {@link #javaRelease()}, as a framework offers it. */
    String executionEnvironment() {
        List<String> versions = new ArrayList<>(List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"));
        for (int release = 9; release <= javaRelease(); release++) {
            versions.add(release + ".0");
        }
        return "osgi.ee;osgi.ee=\"JavaSE\";version:List<Version>=\"" + String.join(",", versions) + "\"";
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException e) {
            throw new IllegalStateException("the Felix framework did not stop: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the Felix framework", e);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static String packageOf(String clause) {
        int semicolon = clause.indexOf(';');
        return (semicolon < 0 ? clause : clause.substring(0, semicolon)).strip();
    }

    @Override
    public String toString() {
        return "synthetic " + name + " host (" + exportClauses.size() + " packages)";
    }

    /** What starting the plugin bundle led to. */
    public static final class Outcome {

        private final int state;
        private final String failure;

        Outcome(int state, String failure) {
            this.state = state;
            this.failure = failure;
        }

        /** Returns the plugin bundle's state after start ({@link Bundle#ACTIVE}, {@link Bundle#INSTALLED}, ...). */
        public int state() {
            return state;
        }

        /** Tells whether the plugin started: resolved, and ACTIVE. */
        public boolean isActive() {
            return failure == null && state == Bundle.ACTIVE;
        }

        /** Returns the message of the BundleException that start threw, or {@code null} if it did not throw. */
        public String failure() {
            return failure;
        }

        /** Returns the state's OSGi name, e.g. {@code ACTIVE}. */
        public String stateName() {
            return switch (state) {
                case Bundle.UNINSTALLED -> "UNINSTALLED";
                case Bundle.INSTALLED -> "INSTALLED";
                case Bundle.RESOLVED -> "RESOLVED";
                case Bundle.STARTING -> "STARTING";
                case Bundle.STOPPING -> "STOPPING";
                case Bundle.ACTIVE -> "ACTIVE";
                default -> "state " + state;
            };
        }

        @Override
        public String toString() {
            return failure == null ? stateName() : stateName() + ", start failed: " + failure;
        }
    }
}
