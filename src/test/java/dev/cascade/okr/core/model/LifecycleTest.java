package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every lifecycle move, allowed or not. */
@RunWith(Parameterized.class)
public class LifecycleTest extends TableCase<LifecycleTest.Move, Boolean> {

    @Parameters(name = "{0} -> {1}: {2}")
    public static Collection<Object[]> cases() {
        Object[][] table = new Object[16][];
        String allowed = "DRAFT>CONFIRMED CONFIRMED>ACTIVE CONFIRMED>DRAFT ACTIVE>CLOSED";
        int i = 0;
        for (Lifecycle from : Lifecycle.values()) {
            for (Lifecycle to : Lifecycle.values()) {
                table[i++] = new Object[] {from, to, allowed.contains(from + ">" + to)};
            }
        }
        return Arrays.asList(table);
    }

    public LifecycleTest(Lifecycle from, Lifecycle to, boolean allowed) {
        super(new Move(from, to), allowed);
    }

    @Test
    public void shouldAllowOnlyTheDocumentedMovesWhenGoalChangesState() {
        assertEquals(expected, given.from().canMoveTo(given.to()));
    }

    /** A move from one state to another. */
    record Move(Lifecycle from, Lifecycle to) {
    }
}
