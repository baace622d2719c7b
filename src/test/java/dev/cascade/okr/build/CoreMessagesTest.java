package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.Test;

/**
 * Every code and state that core hands to people has its message in English and in Simplified Chinese: a new
 * violation code, no-data reason or named state (any core enum with {@code messageKey()} or {@code i18nKey()}) without
 * both translations fails here, not on a customer's screen.
 */
public class CoreMessagesTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();

    /** The i18n key of an enum constant shown to people: the prefix plus the name in lower case with dashes. */
    static String key(String prefix, Enum<?> constant) {
        return prefix + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every key a core enum needs. */
    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (ViolationCode code : ViolationCode.values()) {
            keys.add("ViolationCode: " + code.messageKey());
        }
        for (NoDataReason reason : NoDataReason.values()) {
            keys.add("NoDataReason: " + key("cascade.progress.no-data.", reason));
        }
        keys.addAll(enumMessageKeys());
        return keys;
    }

    /** The keys of every core enum that names its own message ({@code messageKey()} or {@code i18nKey()}). */
    private static List<String> enumMessageKeys() {
        List<String> keys = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages("dev.cascade.okr.core")) {
            if (!type.isEnum()) {
                continue;
            }
            Class<?> enumType = type.reflect();
            for (String name : List.of("messageKey", "i18nKey")) {
                Method method;
                try {
                    method = enumType.getMethod(name);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                for (Object constant : enumType.getEnumConstants()) {
                    try {
                        keys.add(enumType.getSimpleName() + ": " + method.invoke(constant));
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(enumType + "." + name + " failed", e);
                    }
                }
            }
        }
        if (keys.isEmpty()) {
            throw new AssertionError("found no core enum with a messageKey() or i18nKey(): the scan is broken");
        }
        return keys;
    }

    @Test
    public void shouldTranslateEveryCoreCodeWhenShownInEnglishOrChinese() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties")) {
            Properties messages = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(bundle))) {
                messages.load(in);
            }
            for (String named : requiredKeys()) {
                String key = named.substring(named.indexOf(' ') + 1);
                if (messages.getProperty(key) == null) {
                    missing.add(bundle + ": " + named);
                }
            }
        }
        assertEquals("messages missing", List.of(), missing);
    }
}
