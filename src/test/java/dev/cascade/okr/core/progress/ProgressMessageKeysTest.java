package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.WorkLink;
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

/** Every state a person reads (no-data reasons, zones, undefined rates, bases, kinds) has text in both languages. */
public class ProgressMessageKeysTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();

    @Test
    public void shouldHaveTextInEnglishAndChineseWhenAPersonReadsAState() throws IOException {
        List<String> keys = new ArrayList<>();
        for (NoDataReason reason : NoDataReason.values()) {
            keys.add(reason.messageKey());
        }
        for (Zone zone : Zone.values()) {
            keys.add(zone.messageKey());
        }
        for (AchievementRate.Undefined reason : AchievementRate.Undefined.values()) {
            keys.add(reason.messageKey());
        }
        for (ProgressBasis basis : ProgressBasis.values()) {
            keys.add("cascade.basis." + dashed(basis));
        }
        for (Measure.Kind kind : Measure.Kind.values()) {
            keys.add("cascade.measure.kind." + dashed(kind));
        }
        for (WorkLink.Kind kind : WorkLink.Kind.values()) {
            keys.add("cascade.link.kind." + dashed(kind));
        }
        List<String> missing = new ArrayList<>();
        for (String bundle : List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(bundle))) {
                properties.load(in);
            }
            for (String key : keys) {
                if (properties.getProperty(key) == null) {
                    missing.add(bundle + ": " + key);
                }
            }
        }

        assertEquals(List.of(), missing);
    }

    @Test
    public void shouldDeriveKeysFromConstantNamesWhenAsked() {
        assertEquals("cascade.progress.no-data.no-check-in", NoDataReason.NO_CHECK_IN.messageKey());
        assertEquals("cascade.zone.below-floor", Zone.BELOW_FLOOR.messageKey());
        assertEquals("cascade.achievement-rate.undefined.zero-target",
                AchievementRate.Undefined.ZERO_TARGET.messageKey());
    }

    private static String dashed(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
