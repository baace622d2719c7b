package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.validation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every text of appraisal a person reads has a message in English and Chinese: its violation codes and the names of
 * grades, states, appeal outcomes and missing inputs.
 */
public class AppraisalMessagesTest {

    private static final Path ROOT =
            Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir"))).toAbsolutePath();

    @Test
    public void shouldFindEveryAppraisalKeyWhenReadingBothBundles() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ViolationCode code : ViolationCode.values()) {
            if (code.code().startsWith("appraisal.") || code.code().startsWith("confirmation.")) {
                keys.add(code.messageKey());
            }
        }
        Stream.of(Grade.values()).map(Grade::i18nKey).forEach(keys::add);
        Stream.of(AppraisalState.values()).map(AppraisalState::i18nKey).forEach(keys::add);
        Stream.of(AppealOutcome.values()).map(AppealOutcome::i18nKey).forEach(keys::add);
        Stream.of(CompositeInput.values()).map(CompositeInput::i18nKey).forEach(keys::add);

        for (String bundle : List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties")) {
            Properties messages = new Properties();
            try (InputStream in = Files.newInputStream(ROOT.resolve(bundle))) {
                messages.load(in);
            }
            List<String> missing = keys.stream().filter(key -> messages.getProperty(key) == null).toList();
            assertEquals("keys missing in " + bundle, List.of(), missing);
        }
    }
}
