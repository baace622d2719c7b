package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.List;

/** The shape checks shared by every number and free text a person enters in tracking. */
final class Inputs {

    /** The largest size of any amount (planned value, actual, target): 10^15. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);
    /** The most decimal places of any amount. */
    static final int MAX_DECIMALS = 6;

    private Inputs() {
    }

    /** Adds the violations of a present amount; {@code true} when it has none. */
    static boolean checkAmount(BigDecimal amount, String field, List<Violation> violations) {
        if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
            violations.add(Violation.of(ViolationCode.AMOUNT_TOO_LARGE, field, MAX_AMOUNT.toPlainString()));
            return false;
        }
        if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(Violation.of(ViolationCode.AMOUNT_TOO_MANY_DECIMALS, field, String.valueOf(MAX_DECIMALS)));
            return false;
        }
        return true;
    }

    /**
     * Adds the violations of an optional free text and returns it with {@code null} as the empty text.
     * Line feeds and tabs are allowed because people write these texts in multi-line fields.
     */
    static String checkText(String text, String field, int maxLength, List<Violation> violations) {
        if (text == null) {
            return "";
        }
        if (text.length() > maxLength) {
            violations.add(Violation.of(ViolationCode.TEXT_TOO_LONG, field, String.valueOf(maxLength)));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            violations.add(Violation.of(ViolationCode.TEXT_CONTROL_CHARACTERS, field));
        }
        return text;
    }

    /**
     * The amount without trailing zeros and never in exponent form, so that 12, 12.0 and 1.2E+1 are equal values
     * and {@code toString} shows what a person typed.
     */
    static BigDecimal normalize(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
