package dev.cascade.okr.build;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import java.io.IOException;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.Test;

/**
 * The built JAR resolves and starts in an OSGi framework that exports what its platform's products export — Jira 11.3
 * and Confluence 10.2 (Java 21) for the Platform 8 JAR, Jira 10.3 and Confluence 9.2 (Java 17) for the Platform 7
 * JAR — and not in the other platform's products; a host lacking one of its imports makes start fail with that
 * package named (so the first tests can fail).
 */
public class OsgiResolutionJarTest {

    private static final String HOST_LISTS = "src/test/resources/host-packages/";

    @Test
    public void shouldBecomeActiveWhenInstalledInItsPlatformsJira() throws IOException {
        assertStarts(jira());
    }

    @Test
    public void shouldBecomeActiveWhenInstalledInItsPlatformsConfluence() throws IOException {
        assertStarts(confluence());
    }

    @Test
    public void shouldRefuseTheOtherPlatformsJira() throws IOException {
        SyntheticHost other = SyntheticHost.load(BuiltJar.platform() == 8 ? SyntheticHost.JIRA_10_3
                : SyntheticHost.JIRA_11_3);

        SyntheticHost.Outcome outcome = other.startPlugin(BuiltJar.path());

        assertFalse("The Platform " + BuiltJar.platform() + " JAR started in " + other + ", the other platform's "
                + "Jira, whose servlet, REST and injection namespaces it does not use: an administrator could install "
                + "the wrong JAR and meet the failure only when a page or REST call runs.", outcome.isActive());
        assertTrue(outcome.failure(), outcome.failure().contains(BuiltJar.injectPackage())
                || outcome.failure().contains(BuiltJar.platform() == 8 ? "jakarta" : "javax"));
    }

    @Test
    public void shouldRefuseAHostWhoseJacksonPredatesTheCoercionApi() throws IOException {
        SyntheticHost old = jira().withVersion("com.fasterxml.jackson", "2.11.4");

        SyntheticHost.Outcome outcome = old.startPlugin(BuiltJar.path());

        assertFalse("The plugin started on a host exporting Jackson 2.11, which lacks the coercion configuration "
                + "JsonBodies uses; import com.fasterxml.jackson.* with version=\"[2.12,3)\" in pom.xml.",
                outcome.isActive());
        assertNotNull(outcome.failure());
        assertTrue(outcome.failure(), outcome.failure().contains("com.fasterxml.jackson"));
    }

    @Test
    public void shouldFailNamingThePackageWhenTheHostLacksAMandatoryImport() throws IOException {
        SyntheticHost jira = jira();
        String mandatory = firstMandatoryImportExportedBy(jira);
        assertNotNull("The JAR's Import-Package has no mandatory (non-optional) import that "
                + HOST_LISTS + jira.name() + ".packages exports, so this test cannot show that a missing host package "
                + "is caught. The plugin needs at least SAL / Active Objects at runtime: import them without "
                + "resolution:=optional in pom.xml.", mandatory);

        SyntheticHost.Outcome outcome = jira.without(mandatory).startPlugin(BuiltJar.path());

        assertFalse("The plugin started although the host no longer exports " + mandatory
                + ", which the plugin imports mandatorily: the resolution test cannot detect a missing package. "
                + "Check that SyntheticHost installs the stripped host, not the full list.", outcome.isActive());
        assertNotNull("Start did not throw a BundleException although " + mandatory + " is missing; state: "
                + outcome.stateName(), outcome.failure());
        assertTrue("Start failed but the BundleException does not name the missing package " + mandatory
                + ", so a developer would not know what to fix. Message: " + outcome.failure(),
                outcome.failure().contains(mandatory));
    }

    private static SyntheticHost jira() {
        return SyntheticHost.load(BuiltJar.platform() == 8 ? SyntheticHost.JIRA_11_3 : SyntheticHost.JIRA_10_3);
    }

    private static SyntheticHost confluence() {
        return SyntheticHost.load(BuiltJar.platform() == 8 ? SyntheticHost.CONFLUENCE_10_2
                : SyntheticHost.CONFLUENCE_9_2);
    }

    private static void assertStarts(SyntheticHost host) throws IOException {
        SyntheticHost.Outcome outcome = host.startPlugin(BuiltJar.path());
        assertTrue("The plugin JAR does not start in the " + host + " (" + HOST_LISTS + host.name()
                + ".packages): " + outcome + "\nFix, for the osgi.wiring.package named above: if the plugin's code "
                + "should not need it, remove the reference; if only one product has it, import it with "
                + "resolution:=optional in pom.xml's Import-Package and use it only in beans of that product "
                + "(component-jira / component-confluence); if the requirement carries a version range, import it "
                + "with version=\"0\"; only if " + host.name() + " really exports it, add it to the host list.",
                outcome.isActive());
    }

    private static String firstMandatoryImportExportedBy(SyntheticHost host) throws IOException {
        for (Map.Entry<String, Attrs> clause : imports().entrySet()) {
            String packageName = Processor.removeDuplicateMarker(clause.getKey());
            if (!"optional".equals(clause.getValue().get("resolution:")) && host.exports(packageName)) {
                return packageName;
            }
        }
        return null;
    }

    private static Parameters imports() throws IOException {
        try (JarFile jar = new JarFile(BuiltJar.path().toFile())) {
            return new Parameters(jar.getManifest().getMainAttributes().getValue("Import-Package"));
        }
    }
}
