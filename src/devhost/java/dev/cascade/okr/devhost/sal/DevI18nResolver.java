package dev.cascade.okr.devhost.sal;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.devhost.DevRequestContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL's i18n resolver over the plugin's bundles ({@code i18n/cascade-okr*.properties}) in the current user's locale;
 * a missing key renders as the key, as in Jira.
 */
public final class DevI18nResolver implements I18nResolver {

    private final String baseName;
    private final ClassLoader loader;
    private final DevRequestContext request;

    /** Creates the resolver for a bundle base name such as {@code i18n/cascade-okr}. */
    public DevI18nResolver(String baseName, ClassLoader loader, DevRequestContext request) {
        this.baseName = baseName;
        this.loader = loader;
        this.request = request;
    }

    @Override
    public String getText(String key) {
        return raw(key, request.locale());
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        Locale locale = request.locale();
        String pattern = raw(key, locale);
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text in a given locale, for the dev host's own pages. */
    public String getText(Locale locale, String key) {
        return raw(key, locale);
    }

    private String raw(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
