package dev.cascade.okr.core.plan;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.Bundles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Every status, RACI role and risk level a person reads has a name in both languages. */
public class PlanMessagesTest {

    @Test
    public void shouldNameEveryEnumConstantWhenShownInEitherLanguage() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.addAll(Bundles.keys(PlanItemStatus.values(), PlanItemStatus::messageKey));
        keys.addAll(Bundles.keys(RaciRole.values(), RaciRole::messageKey));
        keys.addAll(Bundles.keys(RiskLevel.values(), RiskLevel::messageKey));

        assertEquals(List.of(), Bundles.missing(keys));
    }
}
