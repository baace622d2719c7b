package dev.cascade.okr.core.plan;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** A budget is held at scale 2 whatever scale it was entered with, so equal budgets are equal values. */
@RunWith(Parameterized.class)
public class ResourcesTest extends TableCase<ResourcesTest.Entered, String> {

    @Parameters(name = "{0} {1}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"0", "CNY", "0.00"},
            {"10.5", "CNY", "10.50"},
            {"99.5000", "EUR", "99.50"},
            {"1E+3", "USD", "1000.00"},
            {"12000.55", "GBP", "12000.55"},
        });
    }

    public ResourcesTest(String entered, String currency, String held) {
        super(new Entered(entered, currency), held);
    }

    @Test
    public void shouldHoldTheBudgetAtScaleTwoWhenEnteredWithAnyScale() {
        Resources resources = new Resources(new BigDecimal(given.budget()), given.currency(), List.of(), List.of());

        assertEquals(expected, resources.budget().toPlainString());
        assertEquals(new Resources(new BigDecimal(expected), given.currency(), List.of(), List.of()), resources);
    }

    /** A budget as entered, and its currency. */
    record Entered(String budget, String currency) {
    }
}
