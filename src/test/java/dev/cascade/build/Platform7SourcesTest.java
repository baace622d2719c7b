package dev.cascade.build;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Platform 7 sources: the four shared Jakarta namespaces renamed, anything else Jakarta refused by name. */
public class Platform7SourcesTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void shouldRenameTheSharedNamespacesWhenTheyAreImportedOrNamed() {
        String source = """
                import jakarta.ws.rs.core.Response;
                import jakarta.inject.Inject;
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.annotation.Nullable;
                @jakarta.ws.rs.Path("x") class X { jakarta.inject.Provider<String> p; }
                """;

        String renamed = Platform7Sources.rename(source, "X.java");

        assertEquals("""
                import javax.ws.rs.core.Response;
                import javax.inject.Inject;
                import javax.servlet.http.HttpServletRequest;
                import javax.annotation.Nullable;
                @javax.ws.rs.Path("x") class X { javax.inject.Provider<String> p; }
                """, renamed);
    }

    @Test
    public void shouldLeaveWordsThatOnlyLookLikeTheNamespacesAlone() {
        String source = "String s = \"myjakarta.inject\"; // see {@code jakarta} and jakarta_ws; notjakarta.servlet";

        assertEquals(source, Platform7Sources.rename(source, "X.java"));
    }

    @Test
    public void shouldRefuseAJakartaNamespaceWithoutPlatform7NameNamingFileAndLine() {
        String source = "package a;\n\nimport jakarta.validation.Valid;\n";

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Platform7Sources.rename(source, "A.java"));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("A.java:3: jakarta.validation"));
    }

    @Test
    public void shouldCopyPlatformFoldersAsTheyAreAndRefuseAClassInTwoFolders() throws IOException {
        Path shared = write("shared/a/A.java", "import jakarta.inject.Inject;");
        Path platform = write("platform7/a/B.java", "import javax.inject.Inject; // jakarta.validation named");
        Path to = folder.getRoot().toPath().resolve("out");

        int count = Platform7Sources.write(List.of(shared), List.of(platform), to);

        assertEquals(2, count);
        assertEquals("import javax.inject.Inject;", Files.readString(to.resolve("a/A.java")));
        assertEquals("import javax.inject.Inject; // jakarta.validation named",
                Files.readString(to.resolve("a/B.java")));
        write("twice/a/A.java", "class A {}");
        assertThrows(IllegalArgumentException.class, () -> Platform7Sources.write(List.of(shared),
                List.of(folder.getRoot().toPath().resolve("twice")), folder.getRoot().toPath().resolve("out2")));
    }

    private Path write(String relative, String text) throws IOException {
        Path file = folder.getRoot().toPath().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return folder.getRoot().toPath().resolve(relative.substring(0, relative.indexOf('/')));
    }
}
