package dev.cascade.okr.core.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words that make a goal vague unless it also states a number, and what counts as a number: the one place to
 * change when people report a word missing or a false alarm.
 *
 * <p><b>Vague words.</b> English words are matched as whole words (no Latin letter just before or after; a hyphen
 * or a digit is a boundary), ignoring case, in the inflected forms listed. Chinese words are matched anywhere in the
 * text, since Chinese has no spaces between words. The earliest word in the text is reported, as written there.
 *
 * <p><b>Numbers.</b> A text states a number when it contains any decimal digit (ASCII {@code 0-9}, full-width
 * {@code ０-９} or any other Unicode digit), a per-cent or per-mille sign ({@code % ％ ‰}), {@code 百分之},
 * {@code 千分之} or {@code 万分之}, or a Chinese quantity: a run of Chinese numerals ({@value #CHINESE_NUMERALS})
 * directly followed by a measure word or unit from {@link #CHINESE_UNITS} (三个, 两倍, 一番, 五成, 十万元), unless the
 * run follows 第 (an ordinal such as 第三个 names, it does not measure). Date and period words (年, 月, 日, 季度) and the
 * ambiguous 分 and 点 (十分 "very", 一点 "a little") are deliberately not units. English number words ("three",
 * "double") do not count: a target should carry digits.
 */
final class SmartVocabulary {

    /** English vague words, one line per word: the word and its inflected forms, separated by spaces. */
    static final List<String> ENGLISH_WORDS = List.of(
            "improve improves improved improving improvement improvements",
            "enhance enhances enhanced enhancing enhancement enhancements",
            "increase increases increased increasing",
            "boost boosts boosted boosting",
            "strengthen strengthens strengthened strengthening",
            "optimise optimises optimised optimising optimisation",
            "optimize optimizes optimized optimizing optimization",
            "better betters bettered bettering",
            "grow grows grew grown growing growth",
            "raise raises raised raising",
            "maximise maximises maximised maximising",
            "maximize maximizes maximized maximizing",
            "minimise minimises minimised minimising",
            "minimize minimizes minimized minimizing",
            "reduce reduces reduced reducing",
            "expand expands expanded expanding",
            "accelerate accelerates accelerated accelerating",
            "support supports supported supporting",
            "promote promotes promoted promoting",
            "ensure ensures ensured ensuring",
            "strive strives strove striving");

    /** English vague phrases, matched as whole words across any white space. */
    static final List<String> ENGLISH_PHRASES = List.of("as much as possible", "as soon as possible");

    /** Chinese vague words, matched anywhere in the text. */
    static final List<String> CHINESE = List.of(
            "提升", "提高", "加强", "增强", "强化", "优化", "改善", "改进", "促进", "推进", "推动", "完善", "加大",
            "扩大", "增加", "加快", "深化", "努力", "尽量", "尽可能", "进一步", "大力", "积极", "力争", "争取", "确保");

    /** The Chinese numeral characters that may start a quantity. */
    static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿";

    /** Measure words and units that make a run of Chinese numerals a quantity. */
    static final List<String> CHINESE_UNITS = List.of(
            "个", "次", "倍", "番", "成", "名", "位", "人", "家", "项", "件", "场", "天", "周", "小时", "分钟", "秒",
            "元", "块", "台", "套", "条", "篇", "款", "轮", "批", "户", "单", "笔", "份", "本", "种", "类", "所",
            "门", "页", "张", "座", "支", "克", "公斤", "吨", "米", "公里");

    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(?<!\\p{IsLatin})(?:" + Stream.concat(
                    ENGLISH_WORDS.stream().flatMap(line -> Stream.of(line.split(" "))).map(Pattern::quote),
                    ENGLISH_PHRASES.stream().map(SmartVocabulary::phrasePattern))
                    .collect(Collectors.joining("|")) + ")(?!\\p{IsLatin})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMBER_SIGN = Pattern.compile("[\\p{Nd}%％‰]|[百千万]分之");

    private SmartVocabulary() {
    }

    private static String phrasePattern(String phrase) {
        return Stream.of(phrase.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    /** The earliest vague word in the text, as written there; empty when there is none. */
    static Optional<String> vagueWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int at = Integer.MAX_VALUE;
        String word = null;
        Matcher english = ENGLISH_WORD.matcher(text);
        if (english.find()) {
            at = english.start();
            word = english.group();
        }
        for (String chinese : CHINESE) {
            int index = text.indexOf(chinese);
            if (index >= 0 && (index < at || index == at && chinese.length() > word.length())) {
                at = index;
                word = chinese;
            }
        }
        return Optional.ofNullable(word);
    }

    /** Whether the text states a number, by the rule in the class comment. */
    static boolean hasNumber(String text) {
        if (text == null) {
            return false;
        }
        if (NUMBER_SIGN.matcher(text).find()) {
            return true;
        }
        int i = 0;
        while (i < text.length()) {
            if (CHINESE_NUMERALS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length() && CHINESE_NUMERALS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            boolean ordinal = runStart > 0 && text.charAt(runStart - 1) == '第';
            if (!ordinal && startsWithUnit(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithUnit(String text, int at) {
        for (String unit : CHINESE_UNITS) {
            if (text.startsWith(unit, at)) {
                return true;
            }
        }
        return false;
    }
}
