package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The linkage gate: every host class and member the built JAR's code refers to exists in its platform — Atlassian
 * types in that platform's host API mirror (so a call Jira 11 dropped cannot hide in the Platform 8 JAR), the rest
 * in that platform's API jars — and the JAR names nothing of the other platform's Java EE namespace.
 */
public class HostLinkageJarTest {

    private static final List<String> ENTERPRISE_APIS = List.of("ws/rs/", "inject/", "servlet/", "annotation/");

    @Test
    public void shouldLinkEveryHostClassAndMemberInItsPlatformWhenBuilt() throws IOException {
        Set<String> missing = new HostLinkage(BuiltJar.mirror(), HostLinkage.pluginClasses(BuiltJar.path())).missing();

        assertEquals("The Platform " + BuiltJar.platform() + " JAR refers to host classes or members its platform "
                + "does not have (by " + BuiltJar.mirror() + " and the platform's API jars):\n  "
                + String.join("\n  ", missing) + "\nFix: call only what the platform's mirror (src/host-api/java plus "
                + "src/host-api/platform" + BuiltJar.platform() + "/java) declares; a call that differs between the "
                + "platforms goes behind an interface with a class per platform (docs/decisions/0014).",
                Set.of(), missing);
    }

    @Test
    public void shouldNameNothingOfTheOtherPlatformsNamespaceWhenBuilt() throws IOException {
        HostLinkage linkage = new HostLinkage(BuiltJar.mirror(), HostLinkage.pluginClasses(BuiltJar.path()));
        for (String api : ENTERPRISE_APIS) {
            Set<String> foreign = linkage.referencesUnder(BuiltJar.foreignNamespace() + "/" + api);
            assertEquals("The Platform " + BuiltJar.platform() + " JAR refers to the other platform's namespace, "
                    + "which its hosts do not export: " + foreign, Set.of(), foreign);
        }
    }

    @Test
    public void shouldReportAMemberTheMirrorLacksWhenAClassCallsOne() {
        // SearchService.searchCount: in the Platform 7 mirror, not in Platform 8's (Jira 11 counts elsewhere).
        byte[] caller = callerOf("com/atlassian/jira/bc/issue/search/SearchService", "searchCount",
                "(Lcom/atlassian/jira/user/ApplicationUser;Lcom/atlassian/query/Query;)J");

        Set<String> missing = new HostLinkage(BuiltJar.mirror(), Map.of("dev/cascade/Probe", caller)).missing();

        if (BuiltJar.platform() == 8) {
            assertEquals(1, missing.size());
            assertTrue(missing.toString(), missing.iterator().next().contains("searchCount"));
        } else {
            assertEquals(Set.of(), missing);
        }
    }

    @Test
    public void shouldReportAClassTheMirrorLacksWhenAClassUsesOne() {
        byte[] caller = callerOf("com/atlassian/jira/issue/search/SearchProvider", "search", "()V");

        Set<String> missing = new HostLinkage(BuiltJar.mirror(), Map.of("dev/cascade/Probe", caller)).missing();

        assertEquals(1, missing.size());
        assertTrue(missing.toString(), missing.iterator().next().contains("no such class"));
    }

    private static byte[] callerOf(String owner, String method, String descriptor) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "dev/cascade/Probe", null, "java/lang/Object", null);
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "probe",
                "(L" + owner + ";)V", null, null);
        code.visitCode();
        code.visitVarInsn(Opcodes.ALOAD, 0);
        code.visitInsn(Opcodes.ACONST_NULL);
        code.visitInsn(Opcodes.ACONST_NULL);
        code.visitMethodInsn(Opcodes.INVOKEINTERFACE, owner, method, descriptor, true);
        code.visitInsn(Opcodes.RETURN);
        code.visitMaxs(0, 0);
        code.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
