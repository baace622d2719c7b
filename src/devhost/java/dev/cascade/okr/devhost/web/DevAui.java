package dev.cascade.okr.devhost.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * The real AUI of the version Jira 11.3 ships, with the jQuery it runs on, as the dev host serves them under
 * {@value #PATH}: taken from the npm registry on first use ({@link NpmPackage}, SHA-512 checked), cached outside the
 * repository, never packed into the plugin JAR. Which version and why: docs/dev-host.md.
 *
 * <p>Where they come from and go can be changed with system properties: {@value #CACHE_PROPERTY} (default
 * {@code ~/.cache/cascade-devhost/aui}) and {@value #REGISTRY_PROPERTY} (default {@code https://registry.npmjs.org/}).
 * When the download fails the dev host still starts: {@link #problem()} says why, a loud line goes to the log, and
 * every page says AUI could not be loaded.
 */
public final class DevAui {

    /** The AUI version: the 10.0 line of Jira 11 (docs/dev-host.md names the evidence). */
    public static final String AUI_VERSION = "10.0.4";
    /** The jQuery version AUI runs on in the dev host (AUI names jQuery as a peer, {@code ^2 || ^3}). */
    public static final String JQUERY_VERSION = "3.7.1";
    /** Where the dev host serves the files. */
    public static final String PATH = "/devhost/aui/";
    /** System property: the cache root. */
    public static final String CACHE_PROPERTY = "cascade.devhost.aui.cache";
    /** System property: the npm registry's base URI. */
    public static final String REGISTRY_PROPERTY = "cascade.devhost.npm.registry";

    private static final NpmPackage AUI = new NpmPackage("@atlassian/aui", AUI_VERSION, "package/dist/aui/");
    private static final NpmPackage JQUERY = new NpmPackage("jquery", JQUERY_VERSION, "package/dist/");

    private final Path aui;
    private final Path jquery;
    private final String problem;

    private DevAui(Path aui, Path jquery, String problem) {
        this.aui = aui;
        this.jquery = jquery;
        this.problem = problem;
    }

    /** Fetches (or finds in the cache) AUI and jQuery, where the system properties say. */
    public static DevAui load() {
        Path cache = Optional.ofNullable(System.getProperty(CACHE_PROPERTY)).map(Paths::get)
                .orElse(Paths.get(System.getProperty("user.home"), ".cache", "cascade-devhost", "aui"));
        URI registry = URI.create(System.getProperty(REGISTRY_PROPERTY, "https://registry.npmjs.org/"));
        return load(registry, cache);
    }

    /** Fetches (or finds in {@code cache}) AUI and jQuery from {@code registry}. */
    public static DevAui load(URI registry, Path cache) {
        try {
            return new DevAui(AUI.fetch(registry, cache), JQUERY.fetch(registry, cache), null);
        } catch (IOException | RuntimeException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            System.err.println("\n*** DEV HOST: AUI " + AUI_VERSION + " COULD NOT BE LOADED from " + registry
                    + " into " + cache + " (" + problem + "). Pages render without AUI's styles and scripts. ***\n");
            return new DevAui(null, null, problem);
        }
    }

    /** Whether AUI is there to serve. */
    public boolean available() {
        return problem == null;
    }

    /** Why AUI could not be loaded, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** AUI's style sheets, as the page links them. */
    public List<String> styles() {
        return available() ? List.of(PATH + AUI_VERSION + "/aui-prototyping.css") : List.of();
    }

    /** jQuery, then AUI's script, as the page loads them. */
    public List<String> scripts() {
        return available() ? List.of(PATH + "jquery/" + JQUERY_VERSION + "/jquery.min.js",
                PATH + AUI_VERSION + "/aui-prototyping.js") : List.of();
    }

    /** The cached file for a path below {@value #PATH} ({@code 10.0.4/aui-prototyping.css}), if it exists. */
    public Optional<Path> file(String below) {
        if (!available()) {
            return Optional.empty();
        }
        String jqueryPrefix = "jquery/" + JQUERY_VERSION + "/";
        String auiPrefix = AUI_VERSION + "/";
        Path root;
        String rest;
        if (below.startsWith(jqueryPrefix)) {
            root = jquery;
            rest = below.substring(jqueryPrefix.length());
        } else if (below.startsWith(auiPrefix)) {
            root = aui;
            rest = below.substring(auiPrefix.length());
        } else {
            return Optional.empty();
        }
        Path file = root.resolve(rest).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
