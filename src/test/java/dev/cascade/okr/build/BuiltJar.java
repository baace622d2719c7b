package dev.cascade.okr.build;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugin JAR that {@code package} built, as failsafe passes it to the {@code *JarTest}s: once the Platform 8 JAR
 * (Jira 11, Confluence 10), once the Platform 7 JAR (Jira 10.3, Confluence 9.2), each with its platform's number and
 * host API mirror.
 */
final class BuiltJar {

    private BuiltJar() {
    }

    /** The JAR's path; fails the test with what to do when it is not there. */
    static Path path() {
        String property = System.getProperty("cascade.jar");
        assertNotNull("System property cascade.jar (the built plugin JAR) is not set: run this test through "
                + "maven-failsafe, e.g. ./mvnw verify", property);
        Path jar = Path.of(property);
        assertTrue("The plugin JAR " + jar + " does not exist: run ./mvnw package first", Files.isRegularFile(jar));
        return jar;
    }

    /** The JAR's platform: 8 (the primary) or 7. */
    static int platform() {
        int platform = Integer.parseInt(System.getProperty("cascade.platform", "8"));
        assertTrue("cascade.platform must be 7 or 8, not " + platform, platform == 7 || platform == 8);
        return platform;
    }

    /** The compiled host API mirror of the JAR's platform (with that platform's compile of the plugin beside it). */
    static Path mirror() {
        String property = System.getProperty("cascade.mirror");
        assertNotNull("System property cascade.mirror (the platform's compiled host API mirror) is not set: run this "
                + "test through maven-failsafe, e.g. ./mvnw verify", property);
        Path mirror = Path.of(property);
        assertTrue("The host API mirror " + mirror + " does not exist: run ./mvnw package first",
                Files.isDirectory(mirror));
        return mirror;
    }

    /** The injection package of the platform: {@code jakarta.inject} on 8, {@code javax.inject} on 7. */
    static String injectPackage() {
        return platform() == 8 ? "jakarta.inject" : "javax.inject";
    }

    /** The namespace of the Java EE APIs the platform does not have: {@code javax} on 8, {@code jakarta} on 7. */
    static String foreignNamespace() {
        return platform() == 8 ? "javax" : "jakarta";
    }
}
