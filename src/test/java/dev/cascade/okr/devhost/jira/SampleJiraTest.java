package dev.cascade.okr.devhost.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The generated sample: big enough, consistent, the same on every start, and changes survive a restart. */
public class SampleJiraTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void shouldHoldHundredsOfIssuesAndDozensOfEpicsWhenGenerated() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());

        assertTrue(sample.issues().size() >= 300);
        assertTrue(sample.issues().stream().filter(DevIssue::isEpic).count() >= 30);
        assertEquals(List.of("CASC", "OPS", "WEB", "MOB"),
                sample.projects().stream().map(DevProject::getKey).toList());
        Set<String> types = sample.issues().stream().map(DevIssue::issueType).collect(Collectors.toSet());
        assertEquals(Set.of("Epic", "Story", "Task", "Bug", "Sub-task"), types);
        for (DevProject project : sample.projects()) {
            assertTrue(project.getKey(), sample.issuesOf(project).stream().anyMatch(DevIssue::isEpic));
        }
    }

    @Test
    public void shouldKeepSubTasksUnderParentsOfTheSameProjectWhenGenerated() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());

        List<DevIssue> subTasks = sample.issues().stream().filter(DevIssue::isSubTask).toList();
        assertFalse(subTasks.isEmpty());
        for (DevIssue sub : subTasks) {
            assertEquals(sub.getKey(), "Sub-task", sub.issueType());
            assertNotNull(sub.getKey(), sub.parent());
            assertEquals(sub.getKey(), sub.getProjectObject(), sub.parent().getProjectObject());
            assertEquals(sub.getParentId(), sub.parent().getId());
            assertFalse(sub.getKey(), sub.parent().isSubTask() || sub.parent().isEpic());
            assertNull(sub.getKey(), sub.epic());
        }
    }

    @Test
    public void shouldDateResolutionsOnlyOnDoneIssuesWithinTheYearWhenGenerated() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());

        long done = 0;
        for (DevIssue issue : sample.issues()) {
            boolean isDone = issue.getStatus() == SampleJira.DONE;
            assertEquals(issue.getKey(), isDone, issue.getResolutionDate() != null);
            if (isDone) {
                done++;
                Instant resolved = issue.getResolutionDate().toInstant();
                assertFalse(issue.getKey() + " " + resolved, resolved.isBefore(Instant.parse("2026-01-05T00:00:00Z")));
                assertTrue(issue.getKey() + " " + resolved, resolved.isBefore(Instant.parse("2026-11-16T00:00:00Z")));
            }
        }
        assertTrue(done >= 100);
        Set<Integer> months = sample.issues().stream().filter(i -> i.getResolutionDate() != null)
                .map(i -> i.getResolutionDate().toInstant().atZone(java.time.ZoneOffset.UTC).getMonthValue())
                .collect(Collectors.toSet());
        assertTrue("resolutions spread over the year: " + months, months.size() >= 10);
    }

    @Test
    public void shouldEstimateMostStoriesAndAssignOnlyBrowsingUsersWhenGenerated() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());

        List<DevIssue> stories = sample.issues().stream().filter(i -> i.issueType().equals("Story")).toList();
        long estimated = stories.stream().filter(i -> i.storyPoints() != null).count();
        assertTrue(estimated + " of " + stories.size(), estimated * 10 >= stories.size() * 7);
        for (DevIssue issue : sample.issues()) {
            if (issue.assignee() != null) {
                assertTrue(issue.getKey(), sample.canBrowse(issue.assignee(), issue.getProjectObject().getKey()));
            }
        }
        assertTrue(sample.issues().stream().anyMatch(i -> !i.labels().isEmpty()));
        DevIssue story = stories.stream().filter(i -> i.storyPoints() != null).findFirst().orElseThrow();
        assertEquals(story.storyPoints(), story.getCustomFieldValue(sample.storyPointsField()));
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:float",
                sample.storyPointsField().getCustomFieldType().getKey());
        assertEquals(Long.valueOf(10106L), sample.storyPointsField().getIdAsLong());
    }

    @Test
    public void shouldKeepTheIssuesTestsNameWhenGenerated() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());

        assertEquals(List.of("CASC-2", "CASC-3", "CASC-4", "CASC-5", "CASC-6", "CASC-7"), keys(sample, "CASC-1"));
        assertEquals(List.of("Done", "Done", "In Progress", "In Progress", "To Do", "To Do"),
                sample.issuesOfEpics(Set.of("CASC-1")).stream().map(i -> i.getStatus().getName()).toList());
        assertEquals(List.of("CASC-9", "CASC-10", "CASC-11", "CASC-12"), keys(sample, "CASC-8"));
        assertEquals("Card payments", sample.issue("CASC-10").orElseThrow().getSummary());
        assertEquals(List.of(), keys(sample, "CASC-13"));
        assertTrue(sample.issue("CASC-13").orElseThrow().isEpic());
        assertEquals(List.of("OPS-2", "OPS-3"), keys(sample, "OPS-1"));
        assertFalse(sample.canBrowse("carol", "CASC"));
        assertFalse(sample.canBrowse("bob", "OPS"));
    }

    @Test
    public void shouldGenerateTheSameIssuesWhenLoadedTwice() throws Exception {
        String first = snapshot(SampleJira.load(tmp.newFolder("a").toPath()));
        String second = snapshot(SampleJira.load(tmp.newFolder("b").toPath()));

        assertEquals(first, second);
    }

    @Test
    public void shouldRestoreStatusAndStoryPointsWhenLoadedAgain() throws Exception {
        Path dir = tmp.getRoot().toPath();
        SampleJira sample = SampleJira.load(dir);
        sample.apply(List.of(new IssueChange("CASC-5", SampleJira.DONE, true, 13.0),
                new IssueChange("CASC-6", null, true, null)), NOW);

        SampleJira again = SampleJira.load(dir);

        DevIssue moved = again.issue("CASC-5").orElseThrow();
        assertEquals(SampleJira.DONE, moved.getStatus());
        assertEquals(NOW, moved.getResolutionDate().toInstant());
        assertEquals(Double.valueOf(13.0), moved.storyPoints());
        assertNull(again.issue("CASC-6").orElseThrow().storyPoints());
        assertEquals(snapshot(sample), snapshot(again));
    }

    @Test
    public void shouldKeepGeneratedStoryPointsWhenSavedFileHasNoPoints() throws Exception {
        Path dir = tmp.getRoot().toPath();
        Files.writeString(dir.resolve("issues.properties"), "CASC-5=10001|2026-11-01T10:00:00Z\n",
                StandardCharsets.UTF_8);

        DevIssue issue = SampleJira.load(dir).issue("CASC-5").orElseThrow();

        assertEquals(SampleJira.DONE, issue.getStatus());
        assertEquals(Double.valueOf(3.0), issue.storyPoints());
    }

    @Test
    public void shouldChangeNothingWhenOneKeyIsUnknown() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());
        String before = snapshot(sample);

        assertThrows(IllegalArgumentException.class, () -> sample.apply(List.of(
                new IssueChange("CASC-5", SampleJira.DONE, true, 1.0), new IssueChange("CASC-999", null, true, 1.0)),
                NOW));

        assertEquals(before, snapshot(sample));
        assertFalse(Files.exists(tmp.getRoot().toPath().resolve("issues.properties")));
    }

    @Test
    public void shouldKeepResolutionWhenStatusIsSetToTheSameStatus() throws Exception {
        SampleJira sample = SampleJira.load(tmp.getRoot().toPath());
        Instant resolved = sample.issue("CASC-2").orElseThrow().getResolutionDate().toInstant();

        sample.setStatus("CASC-2", SampleJira.DONE, NOW);

        assertEquals(resolved, sample.issue("CASC-2").orElseThrow().getResolutionDate().toInstant());
    }

    @Test
    public void shouldAddBenchmarkProjectWithoutChangingTheStandardSampleWhenBenchmarkEpicsAreAsked()
            throws Exception {
        SampleJira standard = SampleJira.load(tmp.newFolder("standard").toPath());
        SampleJira bench = SampleJira.load(tmp.newFolder("bench").toPath(), 500);

        DevProject project = bench.project("BENCH").orElseThrow();
        List<DevIssue> issues = bench.issuesOf(project);
        assertEquals(500, issues.stream().filter(DevIssue::isEpic).count());
        assertEquals(10_000, issues.stream().filter(i -> i.epic() != null && i.storyPoints() != null).count());
        assertEquals(snapshot(standard), snapshot(bench).lines()
                .filter(line -> !line.contains(" BENCH-")).map(line -> line + "\n").collect(Collectors.joining()));
    }

    @Test
    public void shouldWriteOnlyChangedIssuesWhenAChangeIsSaved() throws Exception {
        Path dir = tmp.getRoot().toPath();
        SampleJira.load(dir).setStoryPoints("WEB-3", 2.5);

        List<String> lines = Files.readAllLines(dir.resolve("issues.properties"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#")).toList();

        assertEquals(1, lines.size());
        assertTrue(lines.get(0), lines.get(0).startsWith("WEB-3=") && lines.get(0).endsWith("|2.5"));
    }

    private static List<String> keys(SampleJira sample, String epic) {
        return sample.issuesOfEpics(Set.of(epic)).stream().map(DevIssue::getKey).toList();
    }

    private static String snapshot(SampleJira sample) {
        StringBuilder text = new StringBuilder();
        for (DevIssue i : sample.issues()) {
            text.append(i.getId()).append(' ').append(i.getKey()).append(' ').append(i.issueType()).append(' ')
                    .append(i.getSummary()).append(' ').append(i.getStatus().getName()).append(' ')
                    .append(i.getResolutionDate()).append(' ').append(i.storyPoints()).append(' ')
                    .append(i.epic()).append(' ').append(i.parent()).append(' ').append(new TreeSet<>(i.labels()))
                    .append(' ').append(i.assignee()).append('\n');
        }
        return text.toString();
    }
}
