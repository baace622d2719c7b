package dev.cascade.okr.core.plan;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.Test;

/** Every status, RACI role and risk level a person reads has a name in both languages. */
public class PlanMessagesTest {

    @Test
    public void shouldNameEveryEnumConstantWhenShownInEitherLanguage() throws IOException {
        List<String> keys = new ArrayList<>();
        for (PlanItemStatus status : PlanItemStatus.values()) {
            keys.add(status.messageKey());
        }
        for (RaciRole role : RaciRole.values()) {
            keys.add(role.messageKey());
        }
        for (RiskLevel level : RiskLevel.values()) {
            keys.add(level.messageKey());
        }
        Path root = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")));
        for (String bundle : List.of("i18n/cascade-okr.properties", "i18n/cascade-okr_zh_CN.properties")) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(root.resolve(bundle))) {
                properties.load(in);
            }
            for (String key : keys) {
                assertTrue(key + " missing in " + bundle, properties.containsKey(key));
            }
        }
    }
}
