package dev.cascade.okr.devhost.render;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.JdkLogChute;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

/**
 * Renders the plugin's Velocity templates in the dev host the way Jira 10 / Confluence 9 do, but stricter, so that
 * a template mistake breaks a test rather than a page.
 *
 * <ul>
 *   <li>Velocity 1.7 (the engine generation the hosts use), one engine per renderer, UTF-8, templates loaded from
 *       the given class loader and cached.</li>
 *   <li>Strict references: an undefined {@code $x} fails, and so does rendering {@code $x} whose value is null;
 *       {@code $!x} renders a null value as nothing but still fails when {@code x} is not in the context.</li>
 *   <li>Method allowlist: only methods in the plugin's {@code <velocity-allowlist>}, the JDK global list and the
 *       host types may be called; anything else fails with {@code Method needs allowlisting: Class#method(types)}
 *       (Jira only logs and blocks). See {@link AllowlistUberspect}.</li>
 *   <li>Every inserted value is HTML-escaped except references named like markup ({@code $fooHtml},
 *       {@code $view.summaryHtml}, {@code $view.renderX()}); see {@link HtmlEscapingReferenceInsertionHandler}.</li>
 * </ul>
 *
 * <p>Thread-safe: the engine and its template cache are shared, each render gets its own context.
 */
public final class DevVelocityRenderer {

    private final VelocityEngine engine;
    private final HtmlEscapingReferenceInsertionHandler escaper = new HtmlEscapingReferenceInsertionHandler();

    /**
     * @param templateClassLoader loads template paths such as {@code templates/jira/project-goals.vm}
     * @param allowlistEntries the plugin's {@code <velocity-allowlist>} methods, each
     *     {@code fully.qualified.Class#method(fully.qualified.ParamType,...)}
     * @param hostTypes types the host puts in the context (e.g. its i18n resolver) whose public methods any
     *     template may call
     * @throws IllegalArgumentException if an allowlist entry is not in that format
     */
    public DevVelocityRenderer(ClassLoader templateClassLoader, Collection<String> allowlistEntries,
                               Collection<Class<?>> hostTypes) {
        Objects.requireNonNull(templateClassLoader, "templateClassLoader");
        AllowlistUberspect.MethodAllowlist allowlist = new AllowlistUberspect.MethodAllowlist(
                List.copyOf(allowlistEntries), List.copyOf(hostTypes));

        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "classpath");
        engine.setProperty("classpath.resource.loader.instance", new ClassLoaderResourceLoader(templateClassLoader));
        engine.setProperty("classpath.resource.loader.cache", "true");
        // Never re-read a cached template: the class path does not change while the dev host runs.
        engine.setProperty("classpath.resource.loader.modificationCheckInterval", "-1");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.STRICT_MATH, "true");
        engine.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        // Macros defined in one template must not leak into the others sharing this engine.
        engine.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST_ATTRIBUTE, allowlist);
        // Velocity 1.7 would otherwise pick the first log system it finds and may write ./velocity.log.
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, JdkLogChute.class.getName());
        engine.setProperty(JdkLogChute.RUNTIME_LOG_JDK_LOGGER, "org.apache.velocity");
        engine.init();
    }

    /**
     * Renders the template at {@code templatePath} (a class path resource) with {@code context}, whose values may be
     * null.
     *
     * @throws TemplateRenderingException naming the template when it is missing, does not parse, uses an undefined
     *     reference, calls a method that needs allowlisting, or a view method throws
     */
    public String render(String templatePath, Map<String, Object> context) {
        Objects.requireNonNull(templatePath, "templatePath");
        Objects.requireNonNull(context, "context");
        // A copy, so that #set in the template never writes into the caller's map.
        VelocityContext velocityContext = new VelocityContext(new HashMap<>(context));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(escaper);
        cartridge.attachToContext(velocityContext);
        StringWriter out = new StringWriter();
        try {
            Template template = engine.getTemplate(templatePath);
            template.merge(velocityContext, out);
        } catch (RuntimeException e) {
            throw new TemplateRenderingException(templatePath, e);
        }
        return out.toString();
    }

    /** Velocity's ClasspathResourceLoader uses the thread's context class loader; this one uses the plugin's. */
    private static final class ClassLoaderResourceLoader extends ResourceLoader {

        private final ClassLoader classLoader;

        ClassLoaderResourceLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public void init(ExtendedProperties configuration) {
            // Caching and the modification check interval are read by ResourceLoader#commonInit.
        }

        @Override
        public InputStream getResourceStream(String name) {
            String path = name.startsWith("/") ? name.substring(1) : name;
            InputStream stream = classLoader.getResourceAsStream(path);
            if (stream == null) {
                throw new ResourceNotFoundException("Template '" + name + "' is not on the template class path");
            }
            return stream;
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }
}
