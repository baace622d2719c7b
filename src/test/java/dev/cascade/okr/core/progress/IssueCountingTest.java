package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class IssueCountingTest {

    @Test
    public void shouldAcceptFieldIdOrNullWhenCountSubTasksIsGiven() {
        assertEquals(new IssueCounting("customfield_10106", true), IssueCounting.of("customfield_10106", true).value());
        assertNull(IssueCounting.of(null, false).value().storyPointField());
    }

    @Test
    public void shouldNameBothFieldsWhenBothAreBad() {
        Validated<IssueCounting> checked = IssueCounting.of("Story Points", null);

        assertFalse(checked.isValid());
        assertEquals(ViolationCode.SETTINGS_STORY_POINT_FIELD_INVALID, checked.errors().get(0).code());
        assertEquals("storyPointField", checked.errors().get(0).field());
        assertEquals(ViolationCode.REQUEST_FIELD_REQUIRED, checked.errors().get(1).code());
        assertEquals("countSubTasks", checked.errors().get(1).field());
    }

    @Test
    public void shouldRefuseFieldIdsJiraDoesNotWriteWhenChecking() {
        for (String bad : List.of("", "customfield_", "customfield_1234567890123456789", "cf[10106]",
                "customfield_10106 ", "CUSTOMFIELD_1")) {
            assertFalse(bad, IssueCounting.of(bad, true).isValid());
        }
    }

    @Test
    public void shouldReadDefaultsWithProblemsWhenStoredTextsAreDamaged() {
        List<String> problems = new ArrayList<>();

        IssueCounting read = IssueCounting.fromTexts(Optional.of("not a field"), Optional.of("yes"), problems);

        assertEquals(IssueCounting.DEFAULTS, read);
        assertEquals(2, problems.size());
    }

    @Test
    public void shouldReadWhatWasStoredWhenTextsAreSound() {
        List<String> problems = new ArrayList<>();

        IssueCounting read = IssueCounting.fromTexts(Optional.of("customfield_7"), Optional.of("true"), problems);

        assertEquals("customfield_7", read.storyPointField());
        assertTrue(read.countSubTasks());
        assertTrue(problems.isEmpty());
        assertEquals(IssueCounting.DEFAULTS, IssueCounting.fromTexts(Optional.of(""), Optional.empty(), problems));
        assertEquals("", IssueCounting.DEFAULTS.storyPointFieldText());
        assertEquals("false", IssueCounting.DEFAULTS.countSubTasksText());
    }
}
