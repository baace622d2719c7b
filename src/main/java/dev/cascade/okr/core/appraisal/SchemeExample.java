package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.List;

/**
 * A published example of the appraisal and feedback table (PRODUCT.md): a person's target and actual, their process
 * score, and the composite and grade the table printed. The administration page computes each under the scheme being
 * edited, so an administrator sees what a change of weights, cap or grade bands does before saving it.
 *
 * @param person the i18n key of the person's name in the example (甲, 乙)
 * @param target the target
 * @param actual the actual result
 * @param processScore the process score the example gives (1–5)
 * @param publishedComposite the composite the published table printed
 * @param publishedGrade the grade the published table printed
 */
public record SchemeExample(String person, BigDecimal target, BigDecimal actual, int processScore,
        BigDecimal publishedComposite, Grade publishedGrade) {

    /** The seed tables' two examples: 甲 48 of 50 and process 4 (92, Good); 乙 23,000 of 20,000 and 5 (98, Excellent). */
    public static final List<SchemeExample> SEEDS = List.of(
            new SchemeExample("cascade.admin.preview.person.a", new BigDecimal("50"), new BigDecimal("48"), 4,
                    new BigDecimal("92"), Grade.GOOD),
            new SchemeExample("cascade.admin.preview.person.b", new BigDecimal("20000"), new BigDecimal("23000"), 5,
                    new BigDecimal("98"), Grade.EXCELLENT));

    /** The achievement rate, actual ÷ target, as a fraction (0.96). */
    public BigDecimal achievementRate() {
        return actual.divide(target, Rates.SCALE, Rates.ROUNDING);
    }

    /** The composite under {@code scheme}; refused when the example's process score is off the scheme's scale. */
    public Validated<Composite> under(AppraisalScheme scheme) {
        return new CompositePolicy().goalComposite(scheme, achievementRate(), processScore);
    }
}
