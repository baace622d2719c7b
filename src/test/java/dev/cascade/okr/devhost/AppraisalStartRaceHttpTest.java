package dev.cascade.okr.devhost;

import static dev.cascade.okr.devhost.AppraisalHttp.BASE;
import static dev.cascade.okr.devhost.AppraisalHttp.json;
import static dev.cascade.okr.store.Races.together;
import static org.junit.Assert.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.Test;

/**
 * Two starts of one goal's appraisal at the same moment, by bob's manager zhang and by alice: exactly one answers 201,
 * the other 400 {@code appraisal.exists} naming the same appraisal, and bob has exactly one appraisal of the goal.
 */
public class AppraisalStartRaceHttpTest extends DevHostHttpTest {

    @Test
    public void shouldStartExactlyOneAppraisalWhenTwoStartsArriveAtOnce() throws Exception {
        AppraisalHttp.setManagers(HOST, "bob", "zhang");
        for (int round = 0; round < 10; round++) {
            long goal = AppraisalHttp.insertGoal(HOST, "bob", "Raced goal " + round);
            String body = "{\"objectiveId\":" + goal + "}";

            List<HttpResponse<String>> answers = together(
                    () -> HOST.postJson(BASE + "/appraisals", "zhang", body),
                    () -> HOST.postJson(BASE + "/appraisals", "alice", body));

            String shown = "round " + round + ": " + answers.get(0).body() + " / " + answers.get(1).body();
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(shown, List.of(201, 400), statuses);
            HttpResponse<String> created = answers.stream().filter(a -> a.statusCode() == 201).findFirst()
                    .orElseThrow();
            HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 400).findFirst()
                    .orElseThrow();
            String id = json(created).path("id").asText();
            assertEquals(shown, "appraisal.exists", json(refused).path("errors").path(0).path("code").asText());
            assertEquals(shown, "objectiveId", json(refused).path("errors").path(0).path("field").asText());
            assertEquals(shown, 1, countFor(goal));
            assertEquals(shown, true, json(refused).path("errors").path(0).path("message").asText().contains(id));
        }
    }

    private static long countFor(long goal) throws Exception {
        HttpResponse<String> list = HOST.get(BASE + "/appraisals?person=bob", "alice");
        assertEquals(list.body(), 200, list.statusCode());
        long count = 0;
        for (var appraisal : json(list)) {
            if (appraisal.path("objectiveId").asLong() == goal) {
                count++;
            }
        }
        return count;
    }
}
