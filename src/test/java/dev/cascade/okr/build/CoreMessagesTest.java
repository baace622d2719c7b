package dev.cascade.okr.build;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.progress.NoDataReason;
import dev.cascade.okr.core.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
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
 * violation code or no-data reason without both translations fails here, not on a customer's screen.
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
            keys.add(code.messageKey());
        }
        for (NoDataReason reason : NoDataReason.values()) {
            keys.add(key("cascade.progress.no-data.", reason));
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
            for (String key : requiredKeys()) {
                if (messages.getProperty(key) == null) {
                    missing.add(bundle + ": " + key);
                }
            }
        }
        assertEquals("messages missing", List.of(), missing);
    }
}
