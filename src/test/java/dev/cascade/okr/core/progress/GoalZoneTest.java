package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Weight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** A goal's zone from its key results': the lowest among those that count, case by case. */
@RunWith(Parameterized.class)
public class GoalZoneTest extends TableCase<GoalZoneTest.KeyResults, Zone> {

    private static final Zone NONE = Zone.NONE;
    private static final Zone BELOW = Zone.BELOW_FLOOR;
    private static final Zone FLOOR = Zone.FLOOR;
    private static final Zone TARGET = Zone.TARGET;
    private static final Zone STRETCH = Zone.STRETCH;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, weights (per-cent), zones, expected goal zone
            {"no key results", new int[] {}, new Zone[] {}, NONE},
            {"nothing has data", new int[] {50, 50}, new Zone[] {NONE, NONE}, NONE},
            {"all at stretch", new int[] {50, 50}, new Zone[] {STRETCH, STRETCH}, STRETCH},
            {"stretch and target is target", new int[] {50, 50}, new Zone[] {STRETCH, TARGET}, TARGET},
            {"one at floor holds the goal at floor", new int[] {90, 10}, new Zone[] {STRETCH, FLOOR}, FLOOR},
            {"one below floor holds it below", new int[] {40, 30, 30}, new Zone[] {TARGET, STRETCH, BELOW}, BELOW},
            {"no data is left out, not below floor", new int[] {50, 50}, new Zone[] {TARGET, NONE}, TARGET},
            {"a zero weight does not count", new int[] {0, 100}, new Zone[] {BELOW, TARGET}, TARGET},
            {"all zero weights count", new int[] {0, 0}, new Zone[] {BELOW, TARGET}, BELOW},
            {"zero weight with data, weighted without", new int[] {0, 100}, new Zone[] {FLOOR, NONE}, FLOOR},
            {"a single key result", new int[] {100}, new Zone[] {FLOOR}, FLOOR},
        });
    }

    public GoalZoneTest(String name, int[] weights, Zone[] zones, Zone expected) {
        super(new KeyResults(weights, zones), expected);
    }

    @Test
    public void shouldBeLowestZoneOfKeyResultsThatCountWhenGoalZoneIsAsked() {
        List<GoalZone.Input> inputs = new ArrayList<>();
        for (int i = 0; i < given.weights().length; i++) {
            inputs.add(new GoalZone.Input(Weight.ofPercent(given.weights()[i]), given.zones()[i]));
        }

        assertEquals(expected, GoalZone.of(inputs));
    }

    @Test
    public void shouldNotDependOnOrderWhenKeyResultsAreReversed() {
        List<GoalZone.Input> inputs = new ArrayList<>();
        for (int i = given.weights().length - 1; i >= 0; i--) {
            inputs.add(new GoalZone.Input(Weight.ofPercent(given.weights()[i]), given.zones()[i]));
        }

        assertEquals(expected, GoalZone.of(inputs));
    }

    /** The weights of the key results in per-cent and the zone each reached. */
    record KeyResults(int[] weights, Zone[] zones) {
    }
}
