package dev.cascade.okr.devhost.render;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The template renderer the host gives plugins ({@code TemplateRenderer}), over the dev host's strict
 * {@link DevVelocityRenderer}: the same allowlist and escaping as the web panels, and, as the host's renderer does,
 * the plugin's translations as {@code $i18n}.
 */
public final class DevTemplateRenderer implements TemplateRenderer {

    private final DevVelocityRenderer renderer;
    private final I18nResolver i18n;

    /** Renders with {@code renderer}, adding {@code i18n} to every context. */
    public DevTemplateRenderer(DevVelocityRenderer renderer, I18nResolver i18n) {
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Map<String, Object> model = new HashMap<>(context);
        model.putIfAbsent("i18n", i18n);
        writer.write(renderer.render(templateName, model));
    }
}
