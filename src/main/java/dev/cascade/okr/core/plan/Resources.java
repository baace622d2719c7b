package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an initiative or a task needs: a budget and people, named or described by role ("2 engineers").
 *
 * <p>Invariants: the budget is {@code null} (none stated) or a non-negative amount held at scale 2, in the unit of
 * {@code currency}, an ISO 4217 code of three upper-case letters given exactly when a budget is; {@code people}
 * has no duplicates; each role is non-blank, at most {@link #MAX_ROLE} characters, without control characters.
 *
 * @param budget the money available, scale 2, or {@code null}
 * @param currency the budget's ISO 4217 currency code, e.g. {@code CNY}, or {@code null} without a budget
 * @param people the named people who work on it
 * @param roles people needed but not named, as free text such as "2 engineers"
 */
public record Resources(BigDecimal budget, String currency, List<UserRef> people, List<String> roles) {

    /** Longest free-text role, in characters. */
    public static final int MAX_ROLE = 255;
    /** Most decimals a budget may have. */
    public static final int BUDGET_SCALE = 2;
    /** The largest budget: 10^15, the size limit of every amount a person enters. */
    public static final BigDecimal MAX_BUDGET = BigDecimal.TEN.pow(15);
    /** No budget and nobody. */
    public static final Resources NONE = new Resources(null, null, List.of(), List.of());

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** Checks the invariants and brings the budget to scale 2. */
    public Resources {
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        if ((budget == null) != (currency == null)) {
            throw new IllegalArgumentException("a budget needs a currency and a currency a budget: " + budget
                    + " " + currency);
        }
        if (budget != null) {
            if (!isBudget(budget)) {
                throw new IllegalArgumentException("budget must be >= 0 with at most two decimals: " + budget);
            }
            budget = budget.setScale(BUDGET_SCALE, RoundingMode.UNNECESSARY);
            if (!isCurrency(currency)) {
                throw new IllegalArgumentException("not an ISO 4217 currency code: " + currency);
            }
        }
        if (people.stream().distinct().count() != people.size()) {
            throw new IllegalArgumentException("a person is named twice: " + people);
        }
        for (String role : roles) {
            if (!isRole(role)) {
                throw new IllegalArgumentException("not a role description: '" + role + "'");
            }
        }
    }

    /** Whether the amount is a budget: not negative, at most two decimals (trailing zeros do not count). */
    static boolean isBudget(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(MAX_BUDGET) <= 0
                && amount.stripTrailingZeros().scale() <= BUDGET_SCALE;
    }

    /** Whether the code is three upper-case letters that the JDK knows as an ISO 4217 currency. */
    static boolean isCurrency(String code) {
        return code != null && CURRENCY.matcher(code).matches()
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** Whether the text can describe a role. */
    static boolean isRole(String role) {
        return role != null && !role.isBlank() && role.length() <= MAX_ROLE
                && role.chars().noneMatch(Character::isISOControl);
    }

    /** Whether nothing is stated: no budget, no people, no roles. */
    public boolean isEmpty() {
        return budget == null && people.isEmpty() && roles.isEmpty();
    }
}
