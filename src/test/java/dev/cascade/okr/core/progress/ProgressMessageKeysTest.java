package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.Bundles;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.WorkLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

/** Every state a person reads (no-data reasons, zones, undefined rates, bases, kinds) has text in both languages. */
public class ProgressMessageKeysTest {

    @Test
    public void shouldHaveTextInEnglishAndChineseWhenAPersonReadsAState() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.addAll(Bundles.keys(NoDataReason.values(), NoDataReason::messageKey));
        keys.addAll(Bundles.keys(Zone.values(), Zone::messageKey));
        keys.addAll(Bundles.keys(AchievementRate.Undefined.values(), AchievementRate.Undefined::messageKey));
        keys.addAll(Bundles.keys(ProgressBasis.values(), basis -> "cascade.basis." + dashed(basis)));
        keys.addAll(Bundles.keys(Measure.Kind.values(), kind -> "cascade.measure.kind." + dashed(kind)));
        keys.addAll(Bundles.keys(WorkLink.Kind.values(), kind -> "cascade.link.kind." + dashed(kind)));

        assertEquals(List.of(), Bundles.missing(keys));
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
