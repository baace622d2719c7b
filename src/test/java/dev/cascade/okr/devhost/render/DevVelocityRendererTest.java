package dev.cascade.okr.devhost.render;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DevVelocityRendererTest {

    private static final String TEMPLATES = "devhost-render-templates/";
    private static final String VIEW = "dev.cascade.okr.devhost.render.DevVelocityRendererTest$ObjectiveView";

    @Test
    public void shouldRenderGetterWhenItIsAllowlisted() {
        String html = renderer(List.of(VIEW + "#getTitle()"))
                .render(TEMPLATES + "view-title.vm", Map.of("view", new ObjectiveView("Ship v1", "")));

        assertThat(html, is("<h2>Ship v1</h2>"));
    }

    @Test
    public void shouldFailNamingAllowlistKeyTemplateAndLineWhenGetterIsNotAllowlisted() {
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "view-title.vm",
                        Map.of("view", new ObjectiveView("Ship v1", ""))));

        assertThat(failure.getMessage(), allOf(
                containsString("Method needs allowlisting: " + VIEW + "#getTitle()"),
                containsString("view-title.vm"),
                containsString("line 1")));
    }

    @Test
    public void shouldNameFullyQualifiedParameterTypesWhenMethodWithArgumentsIsNotAllowlisted() {
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "view-method-with-arguments.vm",
                        Map.of("view", new ObjectiveView("Ship v1", ""))));

        assertThat(failure.getMessage(), allOf(
                containsString("Method needs allowlisting: " + VIEW + "#progressLabel(java.lang.String,int)"),
                containsString("view-method-with-arguments.vm"),
                containsString("line 2")));
    }

    @Test
    public void shouldCallMethodWithArgumentsWhenEntryListsItsParameterTypesWithSpaces() {
        String html = renderer(List.of(VIEW + "#progressLabel(java.lang.String, int)"))
                .render(TEMPLATES + "view-method-with-arguments.vm", Map.of("view", new ObjectiveView("", "")));

        assertThat(html, containsString("<span>3 key results</span>"));
    }

    @Test
    public void shouldRejectEntryWhenItIsNotInAllowlistFormat() {
        assertThrows(IllegalArgumentException.class, () -> renderer(List.of(VIEW + ".getTitle")));
    }

    @Test
    public void shouldEscapeMarkupAndQuotesWhenUserTextIsInserted() {
        String html = renderer(List.of()).render(TEMPLATES + "user-text.vm",
                Map.of("text", "<script>alert(1)</script> \"Tom's\" & co"));

        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Tom&#39;s&quot; &amp; co";
        assertThat(html, is("<p title=\"" + escaped + "\">" + escaped + "</p>"));
    }

    @Test
    public void shouldNotEscapeScalarWhenNameEndsWithHtmlOrIsBodyHeadOrXHtmlContent() {
        Map<String, Object> context = Map.of("summaryHtml", "<b>s</b>", "SUMMARYHTML", "<i>S</i>",
                "body", "<p>b</p>", "head", "<meta>", "xHtmlContent", "<div>x</div>");

        String html = renderer(List.of()).render(TEMPLATES + "trusted-scalars.vm", context);

        assertThat(html, is("<b>s</b>|<b>s</b>|<b>s</b>|<b>s</b>|<i>S</i>|<p>b</p>|<meta>|<div>x</div>"));
    }

    @Test
    public void shouldEscapeScalarWhenHtmlIsNotAtTheEndOfItsName() {
        Map<String, Object> context = Map.of("htmlTitle", "<b>1</b>", "bodyText", "<b>2</b>", "text", "<b>3</b>");

        String html = renderer(List.of()).render(TEMPLATES + "untrusted-scalars.vm", context);

        assertThat(html, is("&lt;b&gt;1&lt;/b&gt;|&lt;b&gt;2&lt;/b&gt;|&lt;b&gt;3&lt;/b&gt;"));
    }

    @Test
    public void shouldNotEscapeViewMemberWhenNameEndsWithHtmlOrStartsWithRender() {
        DevVelocityRenderer renderer = renderer(List.of(VIEW + "#getSummaryHtml()", VIEW + "#renderBadge()"));

        String html = renderer.render(TEMPLATES + "trusted-view-members.vm",
                Map.of("view", new ObjectiveView("<Ship>", "<em>on track</em>")));

        assertThat(html, is("<em>on track</em>|<em>on track</em>|<em>on track</em>"
                + "|<span class=\"aui-lozenge\">&lt;Ship&gt;</span>"));
    }

    @Test
    public void shouldEscapeGetterWhenTitleContainsMarkup() {
        String html = renderer(List.of(VIEW + "#getTitle()"))
                .render(TEMPLATES + "view-title.vm", Map.of("view", new ObjectiveView("<b>Ship</b> v1", "")));

        assertThat(html, is("<h2>&lt;b&gt;Ship&lt;/b&gt; v1</h2>"));
    }

    @Test
    public void shouldRenderEveryViewWhenForeachIteratesOverListOfAllowlistedViews() {
        List<ObjectiveView> objectives = List.of(new ObjectiveView("Grow", ""), new ObjectiveView("Retain", ""));

        String html = renderer(List.of(VIEW + "#getTitle()"))
                .render(TEMPLATES + "foreach-views.vm", Map.of("objectives", objectives));

        assertThat(html, is("<ul>\n  <li>Grow</li>\n  <li>Retain</li>\n</ul>"));
    }

    @Test
    public void shouldFailWhenForeachIteratesOverViewWhoseIteratorIsNotAllowlisted() {
        Map<String, Object> context = Map.of("keyResults", new KeyResultsView(List.of("a", "b")));

        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "foreach-iterable-view.vm", context));

        assertThat(failure.getMessage(), containsString("Method needs allowlisting: "
                + "dev.cascade.okr.devhost.render.DevVelocityRendererTest$KeyResultsView#iterator()"));
    }

    @Test
    public void shouldIterateOverViewWhenItsIteratorIsAllowlisted() {
        Map<String, Object> context = Map.of("keyResults", new KeyResultsView(List.of("a", "b")));

        String html = renderer(
                List.of("dev.cascade.okr.devhost.render.DevVelocityRendererTest$KeyResultsView#iterator()"))
                .render(TEMPLATES + "foreach-iterable-view.vm", context);

        assertThat(html, is("a b "));
    }

    @Test
    public void shouldCallJdkCollectionMethodsWhenNoEntryListsThem() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("owner", "Ann");
        Map<String, Object> context = Map.of("map", map, "list", List.of("x", "y", "z"),
                "arrayList", new ArrayList<>(List.of("p", "q")));

        String html = renderer(List.of()).render(TEMPLATES + "jdk-collections.vm", context);

        assertThat(html, is("Ann|Ann|3|false|false|x|y|2|owner=Ann|pq"));
    }

    @Test
    public void shouldReadMapKeyInsteadOfCallingIsEmptyWhenPropertyEmptyIsUsedOnMap() {
        // Velocity 1.7 tries Map#get before isX(): on a Map, $map.empty is map.get("empty"), not isEmpty().
        Map<String, Object> map = new HashMap<>();
        map.put("empty", "the value stored under 'empty'");

        String html = renderer(List.of()).render(TEMPLATES + "map-property-empty.vm", Map.of("map", map));

        assertThat(html, is("the value stored under &#39;empty&#39;"));
    }

    @Test
    public void shouldCallHostTypeMethodWhenItsTypeIsPassedAsHostType() {
        TestI18n i18n = key -> "Goals for <" + key + ">";

        String html = renderer(List.of(), List.of(TestI18n.class))
                .render(TEMPLATES + "i18n-text.vm", Map.of("i18n", i18n));

        assertThat(html, is("<h1>Goals for &lt;cascade.goals.title&gt;</h1>"));
    }

    @Test
    public void shouldFailWhenHostTypeMethodIsCalledButTypeIsNotPassedAsHostType() {
        TestI18n i18n = key -> key;

        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "i18n-text.vm", Map.of("i18n", i18n)));

        assertThat(failure.getMessage(), containsString("Method needs allowlisting: "
                + "dev.cascade.okr.devhost.render.DevVelocityRendererTest$TestI18n#getText(java.lang.String)"));
    }

    @Test
    public void shouldFailWhenTemplateCallsGetClass() {
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "get-class.vm", Map.of("text", "t")));

        assertThat(failure.getMessage(), containsString("Method needs allowlisting: java.lang.Object#getClass()"));
    }

    @Test
    public void shouldFailNamingReferenceTemplateAndLineWhenReferenceIsUndefined() {
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "undefined-reference.vm", Map.of()));

        assertThat(failure.getMessage(), allOf(
                containsString("$nope"), containsString("undefined-reference.vm"), containsString("line 2")));
    }

    @Test
    public void shouldRenderNothingWhenQuietReferenceHasNullValue() {
        Map<String, Object> context = new HashMap<>();
        context.put("x", null);

        assertThat(renderer(List.of()).render(TEMPLATES + "quiet-reference.vm", context), is("[]"));
    }

    @Test
    public void shouldFailWhenQuietReferenceIsNotInContext() {
        // Strict mode: $! only forgives a null value, not a missing (e.g. misspelt) name.
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "quiet-reference.vm", Map.of()));

        assertThat(failure.getMessage(), containsString("$x has not been set"));
    }

    @Test
    public void shouldFailWhenLoudReferenceHasNullValue() {
        Map<String, Object> context = new HashMap<>();
        context.put("x", null);

        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "loud-reference.vm", context));

        assertThat(failure.getMessage(), containsString("$x evaluated to null"));
    }

    @Test
    public void shouldTreatUndefinedReferenceAsFalseWhenItStandsAloneInIf() {
        // Velocity 1.7 strict mode exempts a bare #if($x) / #if(!$x): a misspelt flag hides its block silently.
        // #if($x.y), #if($x == 1), #set and #foreach on an undefined $x do fail.
        assertThat(renderer(List.of()).render(TEMPLATES + "if-undefined.vm", Map.of()), is("hidden"));
    }

    @Test
    public void shouldRenderNumbersWhenValuesAreBoxedNumbers() {
        Map<String, Object> context = Map.of("count", 42, "ratio", 0.5, "amount", new BigDecimal("12.50"));

        String html = renderer(List.of()).render(TEMPLATES + "numbers.vm", context);

        assertThat(html, is("42|0.5|12.50|42|12"));
    }

    @Test
    public void shouldEscapeTwiceWhenReferenceIsInterpolatedIntoStringLiteral() {
        // Escaping happens at every reference insertion, including inside "…$x…" string literals, so the value
        // is escaped once there and again when $greeting is written: keep markup-bearing text out of #set.
        String html = renderer(List.of()).render(TEMPLATES + "interpolated-string-literal.vm",
                Map.of("text", "<b>"));

        assertThat(html, is("Hello &amp;lt;b&amp;gt;"));
    }

    @Test
    public void shouldRenderNonAsciiTextWhenTemplateIsUtf8() {
        String html = renderer(List.of()).render(TEMPLATES + "non-ascii.vm", Map.of("text", "季度"));

        assertThat(html, is("<h1>目标 — 季度</h1>"));
    }

    @Test
    public void shouldFailNamingTemplateWhenTemplateIsMissing() {
        TemplateRenderingException failure = assertThrows(TemplateRenderingException.class,
                () -> renderer(List.of()).render(TEMPLATES + "no-such-template.vm", Map.of()));

        assertThat(failure.getMessage(), containsString("no-such-template.vm"));
    }

    private static DevVelocityRenderer renderer(Collection<String> allowlist) {
        return renderer(allowlist, List.of());
    }

    private static DevVelocityRenderer renderer(Collection<String> allowlist, Collection<Class<?>> hostTypes) {
        return new DevVelocityRenderer(DevVelocityRendererTest.class.getClassLoader(), allowlist, hostTypes);
    }

    /** An objective as a web panel sees it. */
    public static final class ObjectiveView {
        private final String title;
        private final String summaryHtml;

        public ObjectiveView(String title, String summaryHtml) {
            this.title = title;
            this.summaryHtml = summaryHtml;
        }

        public String getTitle() {
            return title;
        }

        public String getSummaryHtml() {
            return summaryHtml;
        }

        public String progressLabel(String unit, int value) {
            return value + " " + unit;
        }

        public String renderBadge() {
            return "<span class=\"aui-lozenge\">" + HtmlEscaper.escape(title) + "</span>";
        }
    }

    /** A view a template iterates over directly. */
    public static final class KeyResultsView implements Iterable<String> {
        private final List<String> names;

        public KeyResultsView(List<String> names) {
            this.names = names;
        }

        @Override
        public Iterator<String> iterator() {
            return names.iterator();
        }
    }

    /** Stands in for the host's i18n resolver. */
    public interface TestI18n {
        String getText(String key);
    }
}
