package dev.cascade.okr.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The plugin's two message bundles, English and Simplified Chinese, read from the source tree, for the core tests
 * that check every text a person reads in their area has a message in both.
 */
public final class Bundles {

    /** The bundles, relative to the project's base folder. */
    public static final List<String> NAMES =
            List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties");

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();

    private Bundles() {
    }

    /** The message key of each of {@code constants}, in their order. */
    public static <T> List<String> keys(T[] constants, Function<T, String> key) {
        return Stream.of(constants).map(key).toList();
    }

    /** Each key a bundle lacks, as {@code bundle: key}, bundle by bundle in the order given; empty when none. */
    public static List<String> missing(Collection<String> keys) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : NAMES) {
            Properties messages = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(bundle))) {
                messages.load(in);
            }
            for (String key : keys) {
                if (messages.getProperty(key) == null) {
                    missing.add(bundle + ": " + key);
                }
            }
        }
        return missing;
    }
}
