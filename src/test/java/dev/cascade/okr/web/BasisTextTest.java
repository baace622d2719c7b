package dev.cascade.okr.web;

import static dev.cascade.okr.web.ViewFixtures.CHINESE;
import static dev.cascade.okr.web.ViewFixtures.ENGLISH;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.progress.KeyResultBasis;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Every basis in words, in both languages, from the plugin's real bundles formatted as the host formats them. */
@RunWith(Parameterized.class)
public class BasisTextTest extends TableCase<KeyResultBasis, BasisTextTest.Texts> {

    private static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"issues done", new KeyResultBasis.IssuesDone(3, 8), "3 of 8 issues done",
                "\u5df2\u5b8c\u6210 3 / 8 \u4e2a\u4e8b\u52a1"},
            {"story points", new KeyResultBasis.StoryPoints(new BigDecimal("5"), new BigDecimal("8"), 0),
                "5 of 8 story points done", "\u5df2\u5b8c\u6210 5 / 8 \u4e2a\u6545\u4e8b\u70b9"},
            {"story points with unestimated issues", new KeyResultBasis.StoryPoints(new BigDecimal("2.5"),
                new BigDecimal("1250"), 2), "2.5 of 1250 story points done (2 issues not estimated)",
                "\u5df2\u5b8c\u6210 2.5 / 1250 \u4e2a\u6545\u4e8b\u70b9"
                        + "\uff082 \u4e2a\u4e8b\u52a1\u672a\u4f30\u7b97\uff09"},
            {"partial credit", new KeyResultBasis.PartialCredit(2, 1, 4),
                "Partial credit: 2 done, 1 in progress of 4 issues",
                "\u90e8\u5206\u8ba1\u5206\uff1a4 \u4e2a\u4e8b\u52a1\u4e2d 2 \u4e2a\u5df2\u5b8c\u6210\u3001"
                    + "1 \u4e2a\u8fdb\u884c\u4e2d"},
            {"numeric field", new KeyResultBasis.NumericField("customfield_10200", new BigDecimal("12"),
                new BigDecimal("40")), "12 of 40 in field customfield_10200 (Done issues)",
                "\u5b57\u6bb5 customfield_10200 \u5728\u5df2\u5b8c\u6210\u4e8b\u52a1\u4e0a\u5408\u8ba1 12\uff0c"
                    + "\u76ee\u6807 40"},
            {"check-in", new KeyResultBasis.CheckIn(AT), "From the check-in of 7 Dec 2026",
                "\u6765\u81ea 2026\u5e7412\u67087\u65e5 \u7684\u8ddf\u8fdb\u8bb0\u5f55"},
            {"manual", new KeyResultBasis.Manual(AT, new UserRef("alice")), "Set by hand on 7 Dec 2026",
                "2026\u5e7412\u67087\u65e5 \u624b\u52a8\u8bbe\u7f6e"},
        });
    }

    public BasisTextTest(String name, KeyResultBasis basis, String english, String chinese) {
        super(basis, new Texts(english, chinese));
    }

    @Test
    public void shouldSayWhatTheFigureCountsWhenShownInEitherLanguage() {
        assertEquals(expected.english(), BasisText.of(given, ENGLISH));
        assertEquals(expected.chinese(), BasisText.of(given, CHINESE));
    }

    @Test
    public void shouldSayNothingWhenThereIsNoFigure() {
        assertEquals("", BasisText.of(Optional.empty(), ENGLISH));
    }

    /** What the figure's basis reads as, in each language. */
    record Texts(String english, String chinese) {
    }
}
