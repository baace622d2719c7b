package dev.cascade.okr.rest.plan;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.rest.http.JsonBodies;
import dev.cascade.okr.service.kernel.Outcome;
import org.junit.Test;

/** The two action-plan item bodies share one mapping but each accepts only its own Jira link. */
public class PlanItemInputDtoTest {

    @Test
    public void shouldMapTheEpicKeyWhenAnInitiativeIsRead() {
        Outcome<InitiativeInputDto> read = JsonBodies.read("{\"title\":\"T\",\"epicKey\":\"CASC-1\"}",
                InitiativeInputDto.class);
        assertEquals("CASC-1", read.value().toInput().jiraKey());
        assertEquals("T", read.value().toInput().title());
    }

    @Test
    public void shouldMapTheIssueKeyWhenATaskIsRead() {
        Outcome<TaskInputDto> read = JsonBodies.read("{\"version\":3,\"issueKey\":\"CASC-2\"}", TaskInputDto.class);
        assertEquals("CASC-2", read.value().toInput().jiraKey());
        assertEquals(Long.valueOf(3), read.value().version());
        assertNull(read.value().toInput().title());
    }

    @Test
    public void shouldRefuseTheSharedAccessorNameWhenSentAsAField() {
        assertUnknown(JsonBodies.read("{\"jiraKey\":\"CASC-1\"}", InitiativeInputDto.class), "jiraKey");
        assertUnknown(JsonBodies.read("{\"jiraKey\":\"CASC-2\"}", TaskInputDto.class), "jiraKey");
    }

    @Test
    public void shouldRefuseTheOtherKindsLinkWhenSent() {
        assertUnknown(JsonBodies.read("{\"issueKey\":\"CASC-2\"}", InitiativeInputDto.class), "issueKey");
        assertUnknown(JsonBodies.read("{\"epicKey\":\"CASC-1\"}", TaskInputDto.class), "epicKey");
    }

    private static void assertUnknown(Outcome<?> read, String field) {
        assertEquals(Outcome.Failure.INVALID, read.failure());
        assertEquals(ViolationCode.REQUEST_UNKNOWN_FIELD, read.violations().get(0).code());
        assertEquals(field, read.violations().get(0).field());
    }
}
