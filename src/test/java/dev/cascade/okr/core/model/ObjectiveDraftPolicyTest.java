package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The shape rules of a submitted objective: each bad draft names its field and a stable code. */
@RunWith(Parameterized.class)
public class ObjectiveDraftPolicyTest extends TableCase<ObjectiveDraft, String> {

    private static final KeyResultDraft GOOD_KR = new KeyResultDraft("Ship it", "CASC-1", null);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<KeyResultDraft> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(GOOD_KR);
        }
        return Arrays.asList(new Object[][] {
            {"valid", draft("Grow", "CASC", List.of(GOOD_KR)), ""},
            {"no key results is fine", draft("Grow", "CASC", List.of()), ""},
            {"missing title", draft(null, "CASC", List.of()), "title.required@title"},
            {"blank title", draft(" \t", "CASC", List.of()), "title.required@title"},
            {"255 characters", draft("x".repeat(255), "CASC", List.of()), ""},
            {"256 characters", draft("x".repeat(256), "CASC", List.of()), "title.too-long@title"},
            {"control character", draft("a\u0007b", "CASC", List.of()), "title.control-characters@title"},
            {"missing project", draft("Grow", null, List.of()), "project.required@projectKey"},
            {"21 key results", draft("Grow", "CASC", tooMany), "key-results.too-many@keyResults"},
            {"null key result", draft("Grow", "CASC", Arrays.asList((KeyResultDraft) null)),
                "title.required@keyResults[0].title,epic.required@keyResults[0].epicKey"},
            {"key result without epic", draft("Grow", "CASC", List.of(new KeyResultDraft("K", null, null))),
                "epic.required@keyResults[0].epicKey"},
            {"lower-case epic key", draft("Grow", "CASC", List.of(new KeyResultDraft("K", "casc-1", null))),
                "epic.key-invalid@keyResults[0].epicKey"},
            {"epic key without number", draft("Grow", "CASC", List.of(new KeyResultDraft("K", "CASC-", null))),
                "epic.key-invalid@keyResults[0].epicKey"},
            {"second key result bad", draft("Grow", "CASC", List.of(GOOD_KR, new KeyResultDraft("", "A-1", null))),
                "title.required@keyResults[1].title"},
        });
    }

    private static ObjectiveDraft draft(String title, String project, List<KeyResultDraft> keyResults) {
        return new ObjectiveDraft(title, null, project, keyResults);
    }

    public ObjectiveDraftPolicyTest(String name, ObjectiveDraft draft, String expected) {
        super(draft, expected);
    }

    @Test
    public void shouldReportEveryViolationWithCodeAndFieldWhenDraftIsChecked() {
        String actual = new ObjectiveDraftPolicy().check(given).stream()
                .map(v -> v.code().code() + "@" + v.field()).collect(Collectors.joining(","));

        assertEquals(expected, actual);
    }
}
