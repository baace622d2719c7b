package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The numbers and symbols of an explanation string: no words, so a Chinese and an English reader see the same line.
 *
 * <p>Points are written with two decimals and scores with one, each with '.' as decimal separator; a missing input is
 * {@code ?}.
 */
final class Arithmetic {

    /** What an unknown input or result is written as. */
    static final String UNKNOWN = "?";
    /** The most a composite can be. */
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Arithmetic() {
    }

    /** A weight as per-cent without trailing zeros: {@code 70%}, {@code 33.33%}. */
    static String percent(Weight weight) {
        return weight.percent().stripTrailingZeros().toPlainString() + "%";
    }

    /** A fraction as per-cent without trailing zeros: 1.20 is {@code 120%}. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** An achievement rate as per-cent, one or two decimals: 0.96 is {@code 96.0%}, 0.8333... is {@code 83.33%}. */
    static String ratePercent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (percent.scale() < 1 ? percent.setScale(1, RoundingMode.UNNECESSARY) : percent).toPlainString() + "%";
    }

    /** Points with two decimals: {@code 67.20}. */
    static String points(BigDecimal points) {
        return points.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A score with one decimal: {@code 91.2}. */
    static String score(BigDecimal score) {
        return score.setScale(1, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * The tail of an explanation: the parts, their sum, the cap at 100 when it bites, and the rounding to one decimal
     * when it changes the value; {@code ?} when a part is unknown.
     *
     * @param parts the parts in points (scale 2), {@code null} for an unknown one
     * @param total the rounded result, {@code null} when unknown
     */
    static String tail(List<BigDecimal> parts, BigDecimal total) {
        StringBuilder text = new StringBuilder();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal part = parts.get(i);
            text.append(i == 0 ? "" : " + ").append(part == null ? UNKNOWN : points(part));
            sum = part == null || sum == null ? null : sum.add(part);
        }
        if (total == null) {
            return text.append(" = ").append(UNKNOWN).toString();
        }
        if (sum.compareTo(HUNDRED) > 0) {
            text.append(" = min(").append(points(sum)).append(", 100) =");
        } else if (sum.compareTo(total) != 0) {
            text.append(" = ").append(points(sum)).append(" ≈");
        } else {
            text.append(" =");
        }
        return text.append(' ').append(score(total)).toString();
    }

    /** A sum of points capped at 100 and rounded half-up to one decimal. */
    static BigDecimal total(BigDecimal sum) {
        return sum.min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }
}
