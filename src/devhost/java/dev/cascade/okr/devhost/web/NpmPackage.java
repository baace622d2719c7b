package dev.cascade.okr.devhost.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.zip.GZIPInputStream;

/**
 * One version of an npm package, taken from the npm registry the way {@code npm install} takes it: the version's
 * document names the tarball and its {@code dist.integrity} (a SHA-512 in Subresource Integrity form); the tarball
 * is downloaded, its digest checked, and only the files under one folder of it are extracted into a cache folder
 * outside the repository ({@code <cache>/<name>/<version>/}). A later start finds the folder complete and downloads
 * nothing. Nothing of it ever goes into the plugin JAR.
 *
 * @param name the package name, e.g. {@code @atlassian/aui}
 * @param version the exact version, e.g. {@code 10.0.4}
 * @param folder the folder inside the tarball to extract, e.g. {@code package/dist/aui/}
 */
public record NpmPackage(String name, String version, String folder) {

    private static final String COMPLETE = ".complete";
    private static final int BLOCK = 512;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * The extracted folder, downloading and checking the package first unless {@code cache} already holds it.
     *
     * @param registry the registry's base URI, e.g. {@code https://registry.npmjs.org/}
     * @param cache the cache root; the package lands in {@code cache/<name>/<version>/}
     * @throws IOException when the registry cannot be reached, answers other than 200, or the tarball's digest is not
     *     the one the registry publishes
     */
    public Path fetch(URI registry, Path cache) throws IOException {
        Path target = cache.resolve(name.replace('/', '+')).resolve(version);
        if (Files.exists(target.resolve(COMPLETE))) {
            return target;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = registry.toString().endsWith("/") ? registry.toString() : registry + "/";
        URI document = URI.create(base + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("%40", "@")
                + "/" + version);
        JsonNode dist = new ObjectMapper().readTree(get(http, document)).path("dist");
        String integrity = dist.path("integrity").asText("");
        String tarball = dist.path("tarball").asText("");
        if (!integrity.startsWith("sha512-") || tarball.isEmpty()) {
            throw new IOException(document + " names no tarball with a sha512 integrity");
        }
        byte[] bytes = get(http, URI.create(tarball));
        if (!integrity.equals("sha512-" + Base64.getEncoder().encodeToString(sha512(bytes)))) {
            throw new IOException(tarball + " does not match the registry's integrity " + integrity);
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempDirectory(target.getParent(), version + ".partial");
        try {
            extract(bytes, partial);
            Files.writeString(partial.resolve(COMPLETE), integrity + "\n");
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                if (!Files.exists(target.resolve(COMPLETE))) {
                    throw e;
                }
                // another dev host filled the cache first: use its copy
            }
        } finally {
            deleteRecursively(partial);
        }
        return target;
    }

    private static byte[] get(HttpClient http, URI uri) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }

    /** Extracts the regular files under {@link #folder} from a gzipped ustar archive (what npm publishes). */
    void extract(byte[] tgz, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
                String entry = longName != null ? longName : entryName(header);
                longName = null;
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0"
                        : field(header, 124, 12).trim(), 8);
                byte type = header[156];
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                if (type == 'L') {
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if ((type != '0' && type != 0) || !entry.startsWith(folder)) {
                    continue; // directories, pax headers, links and everything outside the folder
                }
                Path file = root.resolve(entry.substring(folder.length())).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException("the tarball entry " + entry + " points outside its folder");
                }
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
        }
    }

    private static String entryName(byte[] header) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
