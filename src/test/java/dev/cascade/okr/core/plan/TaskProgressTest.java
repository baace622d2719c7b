package dev.cascade.okr.core.plan;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** A task's progress moves its "updated on" day only when the percent or the note changes. */
@RunWith(Parameterized.class)
public class TaskProgressTest extends TableCase<TaskProgressTest.Update, TaskProgress> {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        TaskProgress sixty = new TaskProgress(60, "Drafted", MARCH);
        return Arrays.asList(new Object[][] {
            {"first statement is dated today", TaskProgress.NONE, 10, null, TODAY, new TaskProgress(10, null, TODAY)},
            {"unchanged keeps its day", sixty, 60, "Drafted", TODAY, sixty},
            {"a new percent moves the day", sixty, 80, "Drafted", TODAY, new TaskProgress(80, "Drafted", TODAY)},
            {"a new note moves the day", sixty, 60, "Signed", TODAY, new TaskProgress(60, "Signed", TODAY)},
            {"a blank note counts as none", sixty, 60, "  ", TODAY, new TaskProgress(60, null, TODAY)},
            {"nothing stated clears it", sixty, null, null, TODAY, TaskProgress.NONE},
            {"without a clock a change keeps the day", sixty, 90, "Drafted", null,
                new TaskProgress(90, "Drafted", MARCH)},
            {"without a clock a first statement has no day", TaskProgress.NONE, 10, null, null, TaskProgress.NONE},
        });
    }

    public TaskProgressTest(String name, TaskProgress previous, Integer percent, String note, LocalDate today,
            TaskProgress expected) {
        super(new Update(previous, percent, note, today), expected);
    }

    @Test
    public void shouldDateTheProgressWhenItChanges() {
        assertEquals(expected, TaskProgress.next(given.previous(), given.percent(), given.note(), given.today()));
    }

    /** The progress so far and what is entered on a day. */
    record Update(TaskProgress previous, Integer percent, String note, LocalDate today) {
    }
}
