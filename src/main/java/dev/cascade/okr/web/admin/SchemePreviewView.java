package dev.cascade.okr.web.admin;

import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.SchemeExample;
import dev.cascade.okr.service.settings.AdministrationService.Example;
import dev.cascade.okr.web.LocaleFormats;
import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The seed examples computed under a scheme, as the preview table shows them: every figure is core's, formatted.
 *
 * @param rows one per example
 */
public record SchemePreviewView(List<Row> rows) {

    /** The examples for the reader. */
    public static SchemePreviewView of(List<Example> examples, Locale locale, Translator translator) {
        return new SchemePreviewView(examples.stream().map(e -> Row.of(e, locale, translator)).toList());
    }

    /**
     * One example.
     *
     * @param person the person's name in the example
     * @param target the target
     * @param actual the actual result
     * @param rate the achievement rate
     * @param processScore the process score
     * @param composite the composite under the scheme, or why there is none
     * @param grade the grade under the scheme, empty when there is no composite
     * @param explanation how the composite was computed, in numbers and symbols
     * @param published what the published table printed, composite and grade
     */
    public record Row(String person, String target, String actual, String rate, String processScore, String composite,
            String grade, String explanation, String published) {

        static Row of(Example example, Locale locale, Translator translator) {
            SchemeExample seed = example.example();
            String rate = LocaleFormats.percent(seed.achievementRate().movePointRight(2).setScale(1,
                    java.math.RoundingMode.HALF_UP), locale, translator);
            String published = LocaleFormats.number(seed.publishedComposite(), locale) + " · "
                    + translator.text(seed.publishedGrade().i18nKey());
            if (!example.composite().isValid()) {
                return new Row(translator.text(seed.person()), number(seed.target(), locale),
                        number(seed.actual(), locale), rate, String.valueOf(seed.processScore()),
                        translator.text("cascade.admin.preview.off-scale"), "", "", published);
            }
            Composite composite = example.composite().value();
            return new Row(translator.text(seed.person()), number(seed.target(), locale),
                    number(seed.actual(), locale), rate, String.valueOf(seed.processScore()),
                    LocaleFormats.number(composite.score(), locale), translator.text(composite.grade().i18nKey()),
                    composite.explanation(), published);
        }

        private static String number(BigDecimal value, Locale locale) {
            return LocaleFormats.number(value, locale);
        }
    }
}
