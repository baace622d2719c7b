package dev.cascade.okr.build;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The plugin JAR that {@code package} built, as failsafe passes it to the {@code *JarTest}s. */
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
}
