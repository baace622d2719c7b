package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Links to Jira work as a person enters them: key format, JQL text, count and duplicates, each at its index. */
@RunWith(Parameterized.class)
public class WorkLinkTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        List<WorkLink> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add(new WorkLink.Epic("CASC-" + i));
        }
        List<WorkLink> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(new WorkLink.Jql("project = CASC"));
        return Arrays.asList(new Object[][] {
            {"one epic", List.of(new WorkLink.Epic("CASC-1")), ""},
            {"all three kinds", List.of(new WorkLink.Epic("A-1"), new WorkLink.Issue("B_2-30"),
                new WorkLink.Jql("project = CASC AND labels = q3")), ""},
            {"multi-line JQL", List.of(new WorkLink.Jql("project = CASC\n\tAND labels = q3\r\n")), ""},
            {"50 links", fifty, ""},
            {"51 links", fiftyOne, "links.too-many@links[50]"},
            {"none", List.of(), "links.required@links"},
            {"missing list", null, "links.required@links"},
            {"null entry", Arrays.asList(new WorkLink.Epic("A-1"), null), "link.required@links[1]"},
            {"lower-case key", List.of(new WorkLink.Epic("casc-1")), "link.key-invalid@links[0][casc-1]"},
            {"no number", List.of(new WorkLink.Issue("CASC-")), "link.key-invalid@links[0][CASC-]"},
            {"leading zero", List.of(new WorkLink.Issue("CASC-01")), "link.key-invalid@links[0][CASC-01]"},
            {"digit first", List.of(new WorkLink.Issue("1CASC-1")), "link.key-invalid@links[0][1CASC-1]"},
            {"spaces around key", List.of(new WorkLink.Epic(" CASC-1")), "link.key-invalid@links[0][ CASC-1]"},
            {"blank JQL", List.of(new WorkLink.Epic("A-1"), new WorkLink.Jql("  ")), "link.jql-required@links[1]"},
            {"2000-character JQL", List.of(new WorkLink.Jql("x".repeat(2000))), ""},
            {"2001-character JQL", List.of(new WorkLink.Jql("x".repeat(2001))), "link.jql-too-long@links[0][2000]"},
            {"JQL with a control character", List.of(new WorkLink.Jql("a = b\u0000")),
                "link.jql-control-characters@links[0]"},
            {"same epic twice", List.of(new WorkLink.Epic("A-1"), new WorkLink.Issue("B-1"), new WorkLink.Epic("A-1")),
                "link.duplicate@links[2][A-1, 1]"},
            {"same JQL up to white space", List.of(new WorkLink.Jql("a = b"), new WorkLink.Jql(" a = b ")),
                "link.duplicate@links[1][a = b, 1]"},
            {"same key as epic and as issue", List.of(new WorkLink.Epic("A-1"), new WorkLink.Issue("A-1")), ""},
        });
    }

    private final List<WorkLink> links;
    private final String expected;

    public WorkLinkTest(String name, List<WorkLink> links, String expected) {
        this.links = links;
        this.expected = expected;
    }

    @Test
    public void shouldReportEachBadLinkAtItsIndexWhenChecked() {
        List<Violation> violations = WorkLink.check(links, "links");

        assertEquals(expected, violations.stream()
                .map(v -> v.code().code() + "@" + v.field() + (v.args().isEmpty() ? "" : v.args().toString()))
                .collect(Collectors.joining(",")));
    }
}
