package dev.cascade.okr.build;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 13's weight limit: the plugin's scripts and styles for the Goals page weigh at most
 * {@value #LIMIT_BYTES} bytes (60 KB) compressed. The page's resources are every {@code <resource type="download">}
 * of the plugin's web-resources in the context {@value #CONTEXT} (among them {@code cascade-goals-resources}), with
 * the plugin's own web-resources those depend on; each file is gzipped on its own (java.util.zip, default level, as a
 * server compresses each download) and the sizes are summed. AUI and the host's resources are not counted: the page
 * shares them with every Jira page.
 */
public class WebResourceWeightTest {

    /** 60 KB. */
    static final int LIMIT_BYTES = 61_440;
    private static final String CONTEXT = "cascade-goals";
    private static final String PAGE_RESOURCE = "cascade-goals-resources";
    private static final String PLUGIN_KEY = "dev.cascade.okr";
    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();
    private static final Path RESOURCES = ROOT.resolve("src/main/resources");

    @Test
    public void shouldKeepTheGoalsPageScriptsAndStylesWithin60KbCompressed() throws Exception {
        Map<String, Element> webResources = webResources(descriptor());
        assertTrue("atlassian-plugin.xml declares no web-resource " + PAGE_RESOURCE,
                webResources.containsKey(PAGE_RESOURCE));

        Map<String, Long> sizes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String key : pageResources(webResources)) {
            for (Element resource : children(webResources.get(key), "resource")) {
                if (!"download".equals(resource.getAttribute("type"))) {
                    continue;
                }
                Path file = RESOURCES.resolve(resource.getAttribute("location"));
                if (!Files.isRegularFile(file)) {
                    missing.add(key + ": " + resource.getAttribute("location"));
                    continue;
                }
                sizes.put(key + ": " + resource.getAttribute("location"), gzipped(Files.readAllBytes(file)));
            }
        }
        assertTrue("download resources whose file is missing under src/main/resources: " + missing,
                missing.isEmpty());
        assertFalse("the Goals page's web-resources declare no download resource", sizes.isEmpty());

        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder listing = new StringBuilder();
        sizes.forEach((file, size) -> listing.append(String.format("%n  %,7d  %s", size, file)));
        listing.append(String.format("%n  %,7d  in all (gzip, default level, each file alone); limit %,d", total,
                LIMIT_BYTES));
        System.out.println("Goals page scripts and styles, compressed:" + listing);
        if (total > LIMIT_BYTES) {
            fail("the Goals page's scripts and styles weigh " + total + " bytes gzipped, over the limit of "
                    + LIMIT_BYTES + " (60 KB, issue 13):" + listing);
        }
    }

    /**
     * The keys of the web-resources the Goals page loads from the plugin: those in the page's context, and then the
     * plugin's own web-resources they depend on ({@code dev.cascade.okr:key} or a bare key), in the order found.
     */
    private static Set<String> pageResources(Map<String, Element> webResources) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(PAGE_RESOURCE);
        webResources.forEach((key, element) -> {
            if (children(element, "context").stream().anyMatch(c -> CONTEXT.equals(c.getTextContent().trim()))) {
                pending.add(key);
            }
        });
        while (!pending.isEmpty()) {
            String key = pending.poll();
            if (!found.add(key)) {
                continue;
            }
            for (Element dependency : children(webResources.get(key), "dependency")) {
                String name = dependency.getTextContent().trim();
                String own = name.startsWith(PLUGIN_KEY + ":") ? name.substring(PLUGIN_KEY.length() + 1)
                        : name.contains(":") ? null : name;
                if (own != null && webResources.containsKey(own)) {
                    pending.add(own);
                }
            }
        }
        return found;
    }

    private static Map<String, Element> webResources(Document descriptor) {
        Map<String, Element> byKey = new LinkedHashMap<>();
        NodeList all = descriptor.getDocumentElement().getElementsByTagName("web-resource");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            byKey.put(element.getAttribute("key"), element);
        }
        return byKey;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && tag.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static long gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static Document descriptor() throws Exception {
        Path descriptor = ROOT.resolve("atlassian-plugin.xml");
        assertTrue("atlassian-plugin.xml is missing at the repository root " + ROOT, Files.isRegularFile(descriptor));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(descriptor)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
