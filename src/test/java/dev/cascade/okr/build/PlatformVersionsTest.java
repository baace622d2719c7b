package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * The two JARs' version lines (docs/decisions/0014): Platform 8 is 2.x, Platform 7 is 1.x, and both carry the project
 * version's minor and patch, so that one feature release is one number in each line; the built descriptor carries the
 * Platform 8 version (the Platform 7 JAR's is rewritten when it is assembled).
 */
public class PlatformVersionsTest {

    @Test
    public void shouldGiveEachPlatformItsOwnLineWithTheProjectsMinorAndPatch() {
        String project = property("cascade.version");
        String[] parts = project.replace("-SNAPSHOT", "").split("\\.");
        assertEquals("project version " + project + " is not major.minor.patch", 3, parts.length);

        assertEquals("2." + parts[1] + "." + parts[2], property("cascade.platform8.version"));
        assertEquals("1." + parts[1] + "." + parts[2], property("cascade.platform7.version"));
    }

    @Test
    public void shouldCarryThePlatform8VersionInTheBuiltDescriptor() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull("atlassian-plugin.xml is not on the test class path", in);
            String descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(descriptor, descriptor.contains("<version>" + property("cascade.platform8.version")
                    + "</version>"));
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertNotNull("System property " + name + " is not set: run the tests through Maven (pom.xml passes it)",
                value);
        return value;
    }
}
