package dev.cascade.okr.web;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.web.page.PageLinks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the page views' tests share: the plugin's bundles as translators, the Goals page's links, the dev host's strict
 * renderer over the plugin's templates with the plugin's own allowlist, and the injection payloads every text field
 * must render as inert text.
 */
public final class ViewFixtures {

    /** The English bundle. */
    public static final Translator ENGLISH = bundle("i18n/cascade-okr.properties", Locale.ENGLISH);
    /** The Simplified Chinese bundle. */
    public static final Translator CHINESE = bundle("i18n/cascade-okr_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);
    /** The links of project CASC's Goals page for 2026. */
    public static final PageLinks LINKS = new PageLinks("/jira", "CASC", "2026");

    /** Script and template payloads; each must come out escaped and inert. */
    public static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "${7*7}", "#set($x=1)");

    private ViewFixtures() {
    }

    /** The dev host's renderer, as strict as it is, with the plugin's velocity-allowlist and templates. */
    public static DevVelocityRenderer renderer() {
        ClassLoader loader = ViewFixtures.class.getClassLoader();
        return new DevVelocityRenderer(loader, PluginDescriptor.read(loader, "jira").allowlist(),
                List.of(I18nResolver.class));
    }

    /** A payload as the host's escaping writes it into HTML. */
    public static String escaped(String payload) {
        return payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** All payloads in one text. */
    public static String allPayloads() {
        return String.join(" ", PAYLOADS);
    }

    /** A translator over one of the plugin's bundles, as the host's resolver formats its messages. */
    public static Translator bundle(String file, Locale locale) {
        Path root = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(file), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (key, arguments) -> {
            String pattern = properties.getProperty(key);
            if (pattern == null) {
                throw new AssertionError("no key " + key + " in " + file);
            }
            return new MessageFormat(pattern, locale).format(arguments);
        };
    }
}
