package dev.cascade.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.Test;

/** The Platform 7 JAR's manifest and descriptor, made from the Platform 8 ones. */
public class Platform7JarTest {

    private static final List<byte[]> USES = List.of(
            "javax/ws/rs/core/Response com/atlassian/sal/api/user/UserManager".getBytes(StandardCharsets.UTF_8),
            "<context-provider class=\"com.atlassian.plugin.web.Thing\"/>".getBytes(StandardCharsets.UTF_8));

    @Test
    public void shouldImportTheRenamedApisWithVersionZeroAndKeepTheirOtherAttributes() {
        String imports = Platform7Jar.imports("jakarta.ws.rs.core;version=\"[3.1,4)\",com.atlassian.sal.api.user,"
                + "com.atlassian.plugin.web;resolution:=optional", USES);

        assertEquals("javax.ws.rs.core;version=\"0\",com.atlassian.sal.api.user,"
                + "com.atlassian.plugin.web;resolution:=optional", imports);
    }

    @Test
    public void shouldDropAnImportNoPlatform7ClassNorTheDescriptorNames() {
        String imports = Platform7Jar.imports("com.atlassian.jira.search.issue;resolution:=optional,"
                + "com.atlassian.sal.api.user", USES);

        assertEquals("com.atlassian.sal.api.user", imports);
    }

    @Test
    public void shouldSplitClausesOnlyAtCommasOutsideQuotes() {
        assertEquals(List.of("a;version=\"[1,2)\"", "b"), Platform7Jar.clauses("a;version=\"[1,2)\", b"));
    }

    @Test
    public void shouldGiveTheManifestThePlatform7VersionAndName() {
        Manifest platform8 = new Manifest();
        Attributes main = platform8.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-Version", "2.1.0");
        main.putValue("Bundle-Name", "Cascade OKR for Jira 11 and Confluence 10");
        main.putValue("Import-Package", "jakarta.inject;version=\"[2.0,3)\"");

        Attributes platform7 = Platform7Jar.manifest(platform8, "1.1.0", "Cascade OKR for Jira 10.3",
                List.of("javax/inject/Inject".getBytes(StandardCharsets.UTF_8))).getMainAttributes();

        assertEquals("1.1.0", platform7.getValue("Bundle-Version"));
        assertEquals("Cascade OKR for Jira 10.3", platform7.getValue("Bundle-Name"));
        assertEquals("javax.inject;version=\"0\"", platform7.getValue("Import-Package"));
        assertEquals("2.1.0", main.getValue("Bundle-Version"));
    }

    @Test
    public void shouldPutThePlatform7VersionIntoThePluginInfoAndRefuseADescriptorWithoutExactlyOne() {
        String xml = "<atlassian-plugin><plugin-info><version>2.1.0</version></plugin-info></atlassian-plugin>";

        byte[] rewritten = Platform7Jar.descriptor(xml.getBytes(StandardCharsets.UTF_8), "1.1.0");

        assertEquals("<atlassian-plugin><plugin-info><version>1.1.0</version></plugin-info></atlassian-plugin>",
                new String(rewritten, StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> Platform7Jar.descriptor(
                "<plugin-info/>".getBytes(StandardCharsets.UTF_8), "1.1.0"));
        assertThrows(IllegalStateException.class, () -> Platform7Jar.descriptor(
                (xml + "<version>x</version>").getBytes(StandardCharsets.UTF_8), "1.1.0"));
    }
}
