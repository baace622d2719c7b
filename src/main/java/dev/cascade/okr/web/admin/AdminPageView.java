package dev.cascade.okr.web.admin;

import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeBand;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.tracking.CadenceSetting;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.service.settings.AdministrationService.Overview;
import dev.cascade.okr.web.Translator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The administration page as its template shows it: each section's values as the form fields hold them (plain
 * numbers, as the REST API reads them) with the version the section's form sends back, the preview of the seed
 * examples under the stored scheme, and the page's texts in the reader's language.
 *
 * @param restBase the REST API's address, e.g. {@code /jira/rest/cascade/1.0}
 * @param levels the levels section
 * @param scheme the appraisal scheme section
 * @param thresholds the tracking thresholds section
 * @param cadence the check-in cadence form
 * @param counting the issue counting section
 * @param weights the default partial-credit weights form
 * @param companyGoals who creates company goals
 * @param preview the seed examples under the stored scheme
 * @param audit the audit list's page shown
 * @param translator the reader's language
 */
public record AdminPageView(String restBase, Levels levels, Scheme scheme, Thresholds thresholds, Cadence cadence,
        Counting counting, Weights weights, CompanyGoals companyGoals, SchemePreviewView preview, AuditView audit,
        Translator translator) {

    /** The number of empty level rows offered for adding levels. */
    static final int SPARE_LEVELS = 1;

    /** The page for the settings as stored now. */
    public static AdminPageView of(String contextPath, Overview overview, SchemePreviewView preview,
            AuditView audit, Translator translator) {
        return new AdminPageView(contextPath + "/rest/cascade/1.0", Levels.of(overview.levels()),
                Scheme.of(overview.scheme(), translator), Thresholds.of(overview.thresholds()),
                Cadence.of(overview.cadence(), translator), Counting.of(overview.counting()),
                Weights.of(overview.statusWeights()),
                new CompanyGoals(overview.companyGoals().value(), overview.companyGoals().version()), preview, audit,
                translator);
    }

    /** The text of {@code cascade.admin.<name>} in the reader's language. */
    public String text(String name) {
        return new AdminTexts(translator).text(name);
    }

    /**
     * The levels, top first, then {@value #SPARE_LEVELS} empty row to add one.
     *
     * @param rows the rows
     * @param maxAlignmentDepth how deep alignment chains may go
     * @param version the version read
     */
    public record Levels(List<Level> rows, int maxAlignmentDepth, long version) {
        static Levels of(Setting<LevelScheme> setting) {
            List<Level> rows = new ArrayList<>();
            setting.value().levels().forEach(l -> rows.add(new Level(rows.size(), l.key(), l.name(), l.nameZh())));
            for (int i = 0; i < SPARE_LEVELS; i++) {
                rows.add(new Level(rows.size(), "", "", ""));
            }
            return new Levels(List.copyOf(rows), setting.value().maxAlignmentDepth(), setting.version());
        }
    }

    /**
     * One level row.
     *
     * @param index its place, from 0
     * @param key its key
     * @param name its English name
     * @param nameZh its Chinese name
     */
    public record Level(int index, String key, String name, String nameZh) {
    }

    /**
     * How the check-in cadence is chosen: the choices in order, the stored one selected.
     *
     * @param choices every choice
     * @param version the version read
     */
    public record Cadence(List<Choice> choices, long version) {
        static Cadence of(Setting<CadenceSetting> setting, Translator translator) {
            return new Cadence(Arrays.stream(CadenceSetting.values()).map(c -> new Choice(c.code(),
                    translator.text(c.messageKey()), c == setting.value())).toList(), setting.version());
        }
    }

    /**
     * One choice of a select.
     *
     * @param code its value on the wire
     * @param label its name in the reader's language
     * @param selected whether it is the stored one
     */
    public record Choice(String code, String label, boolean selected) {
    }

    /**
     * The default partial-credit weights as their form holds them (fractions of 1).
     *
     * @param toDo credit of an issue not started
     * @param inProgress credit of a started issue
     * @param done credit of a finished issue
     * @param version the version read
     */
    public record Weights(String toDo, String inProgress, String done, long version) {
        static Weights of(Setting<StatusWeights> setting) {
            StatusWeights w = setting.value();
            return new Weights(plain(BigDecimal.valueOf(w.toDo())), plain(BigDecimal.valueOf(w.inProgress())),
                    plain(BigDecimal.valueOf(w.done())), setting.version());
        }
    }

    /**
     * The appraisal scheme as its form holds it: per-cents, the cap as a fraction, whole numbers.
     *
     * @param resultsWeight per-cent
     * @param processWeight per-cent
     * @param achievementCap fraction
     * @param processScaleMin lowest process score
     * @param processScaleMax highest process score
     * @param bands the grade bands, best first
     * @param excellentShare the distribution check's share for Excellent, per-cent, empty when none
     * @param goodShare the same for Good
     * @param appealWindowDays days
     * @param version the version read
     */
    public record Scheme(String resultsWeight, String processWeight, String achievementCap, int processScaleMin,
            int processScaleMax, List<Band> bands, String excellentShare, String goodShare, int appealWindowDays,
            long version) {
        static Scheme of(Setting<AppraisalScheme> setting, Translator translator) {
            AppraisalScheme s = setting.value();
            List<Band> bands = new ArrayList<>();
            for (GradeBand band : s.gradeBands()) {
                bands.add(new Band(bands.size(), band.grade().code(), translator.text(band.grade().i18nKey()),
                        plain(band.minScore())));
            }
            return new Scheme(plain(s.resultsWeight().percent()), plain(s.processWeight().percent()),
                    plain(s.achievementCap()), s.processScaleMin(), s.processScaleMax(), List.copyOf(bands),
                    share(s, Grade.EXCELLENT), share(s, Grade.GOOD), s.appealWindowDays(), setting.version());
        }

        private static String share(AppraisalScheme scheme, Grade grade) {
            Weight share = scheme.distributionMaxShares().get(grade);
            return share == null ? "" : plain(share.percent());
        }
    }

    /**
     * One grade band row.
     *
     * @param index its place, from 0
     * @param grade the grade code
     * @param gradeName the grade's name
     * @param minScore the lowest composite that earns it
     */
    public record Band(int index, String grade, String gradeName, String minScore) {
    }

    /**
     * The tracking thresholds.
     *
     * @param onTrackPercent per-cent deviation, at or above which a key result is on track
     * @param atRiskPercent per-cent deviation, at or above which it is at risk
     * @param version the version read
     */
    public record Thresholds(String onTrackPercent, String atRiskPercent, long version) {
        static Thresholds of(Setting<TrackingThresholds> setting) {
            return new Thresholds(plain(setting.value().onTrackPercent()), plain(setting.value().atRiskPercent()),
                    setting.version());
        }
    }

    /**
     * How issues count.
     *
     * @param storyPointField the custom field id, empty to detect
     * @param countSubTasks whether sub-tasks count
     * @param version the version read
     */
    public record Counting(String storyPointField, boolean countSubTasks, long version) {
        static Counting of(Setting<IssueCounting> setting) {
            String field = setting.value().storyPointField();
            return new Counting(field == null ? "" : field, setting.value().countSubTasks(), setting.version());
        }
    }

    /**
     * Who creates goals of the top level.
     *
     * @param adminOnly whether only app administrators do
     * @param version the version read
     */
    public record CompanyGoals(boolean adminOnly, long version) {
    }

    /** A number as a form field holds it: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
