package dev.cascade.okr.devhost.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * How the dev host takes a package from the npm registry: a registry on this machine serves a version document and a
 * tarball; only the named folder is extracted, the SHA-512 integrity is checked, the cache is used on the next start,
 * and an entry that climbs out of its folder is refused.
 */
public class NpmPackageTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();
    private HttpServer registry;
    private final Map<String, byte[]> served = new LinkedHashMap<>();
    private final AtomicInteger tarballRequests = new AtomicInteger();

    @Before
    public void startRegistry() throws IOException {
        registry = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        registry.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = served.get(path);
            if (path.endsWith(".tgz")) {
                tarballRequests.incrementAndGet();
            }
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        registry.start();
    }

    @After
    public void stopRegistry() {
        registry.stop(0);
    }

    private URI base() {
        return URI.create("http://localhost:" + registry.getAddress().getPort() + "/");
    }

    /** Serves the tarball under a version document whose integrity is its digest, or another file's when lying. */
    private void publish(boolean lying, byte[] tarball) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(lying ? new byte[] {1} : tarball);
        String doc = "{\"name\":\"@scope/ui\",\"version\":\"1.2.3\",\"dist\":{\"integrity\":\"sha512-"
                + Base64.getEncoder().encodeToString(digest) + "\",\"tarball\":\"" + base() + "ui-1.2.3.tgz\"}}";
        served.put("/@scope%2Fui/1.2.3", doc.getBytes(StandardCharsets.UTF_8));
        served.put("/ui-1.2.3.tgz", tarball);
    }

    @Test
    public void shouldExtractOnlyTheFolderWhenTheTarballMatchesItsIntegrity() throws Exception {
        publish(false, tgz("package/dist/ui/ui.css", "body{}", "package/dist/ui/fonts/a.woff", "woff",
                "package/README.md", "readme"));
        Path cache = folder.newFolder("cache").toPath();

        Path dir = new NpmPackage("@scope/ui", "1.2.3", "package/dist/ui/").fetch(base(), cache);

        assertEquals("body{}", Files.readString(dir.resolve("ui.css")));
        assertEquals("woff", Files.readString(dir.resolve("fonts/a.woff")));
        assertFalse(Files.exists(dir.resolve("README.md")));
        assertTrue(dir.startsWith(cache));
    }

    @Test
    public void shouldDownloadNothingWhenTheCacheHoldsTheVersion() throws Exception {
        publish(false, tgz("package/dist/ui/ui.css", "body{}"));
        Path cache = folder.newFolder("cache").toPath();
        NpmPackage ui = new NpmPackage("@scope/ui", "1.2.3", "package/dist/ui/");
        ui.fetch(base(), cache);

        Path again = ui.fetch(URI.create("http://localhost:9/"), cache);

        assertEquals(1, tarballRequests.get());
        assertEquals("body{}", Files.readString(again.resolve("ui.css")));
    }

    @Test
    public void shouldRefuseAndCacheNothingWhenTheTarballDiffersFromItsIntegrity() throws Exception {
        publish(true, tgz("package/dist/ui/ui.css", "body{}"));
        Path cache = folder.newFolder("cache").toPath();

        IOException refused = assertThrows(IOException.class,
                () -> new NpmPackage("@scope/ui", "1.2.3", "package/dist/ui/").fetch(base(), cache));

        assertTrue(refused.getMessage(), refused.getMessage().contains("integrity"));
        try (var left = Files.walk(cache)) {
            assertEquals("nothing left in the cache", 1, left.count());
        }
    }

    @Test
    public void shouldRefuseAnEntryThatClimbsOutOfItsFolder() throws Exception {
        NpmPackage ui = new NpmPackage("@scope/ui", "1.2.3", "package/dist/ui/");
        Path into = folder.newFolder("into").toPath();

        assertThrows(IOException.class, () -> ui.extract(tgz("package/dist/ui/../../../evil.txt", "x"), into));
        assertFalse(Files.exists(into.getParent().resolve("evil.txt")));
    }

    /** A gzipped ustar archive of name, content, name, content... */
    private static byte[] tgz(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (int i = 0; i + 1 < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                byte[] header = new byte[512];
                put(header, 0, entries[i]);
                put(header, 100, "0000644");
                put(header, 124, String.format("%011o", content.length));
                header[156] = '0';
                put(header, 257, "ustar");
                gzip.write(header);
                gzip.write(content);
                gzip.write(new byte[(512 - content.length % 512) % 512]);
            }
            gzip.write(new byte[1024]);
        }
        return bytes.toByteArray();
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, header, offset, text.length);
    }
}
