package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.Bundles;
import dev.cascade.okr.core.validation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Every text of appraisal a person reads has a message in English and Chinese: its violation codes and the names of
 * grades, states, appeal outcomes and missing inputs.
 */
public class AppraisalMessagesTest {

    @Test
    public void shouldFindEveryAppraisalKeyWhenReadingBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ViolationCode code : ViolationCode.values()) {
            if (code.code().startsWith("appraisal.") || code.code().startsWith("confirmation.")) {
                keys.add(code.messageKey());
            }
        }
        keys.addAll(Bundles.keys(Grade.values(), Grade::i18nKey));
        keys.addAll(Bundles.keys(AppraisalState.values(), AppraisalState::i18nKey));
        keys.addAll(Bundles.keys(AppealOutcome.values(), AppealOutcome::i18nKey));
        keys.addAll(Bundles.keys(CompositeInput.values(), CompositeInput::i18nKey));

        assertEquals(List.of(), Bundles.missing(keys));
    }
}
