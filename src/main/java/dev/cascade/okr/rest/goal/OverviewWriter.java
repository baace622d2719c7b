package dev.cascade.okr.rest.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.rest.http.WireCodes;
import dev.cascade.okr.service.goal.OverviewService.Overview;
import dev.cascade.okr.service.goal.OverviewService.OverviewGoal;
import dev.cascade.okr.service.goal.OverviewService.OverviewKeyResult;
import dev.cascade.okr.service.kernel.GoalTree;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * Writes the overview ({@code GET /overview}) as it is read: Jackson's streaming generator, one root subtree at a time,
 * so the answer is never one tree of objects in memory. No field is ever {@code null}: a field without a value is left
 * out.
 */
final class OverviewWriter {

    /** Thread-safe once configured; holds no state another node must see. Leaves out every null field. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private OverviewWriter() {
    }

    /** The page as a streamed body. */
    static StreamingOutput of(Overview overview) {
        return output -> write(overview, output);
    }

    private static void write(Overview overview, OutputStream output) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(output, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("period", overview.periodText());
            json.writeFieldName("periodRange");
            MAPPER.writeValue(json, GoalPeriodDto.of(overview.period()));
            json.writeNumberField("limit", overview.limit());
            if (overview.next().isPresent()) {
                json.writeNumberField("next", overview.next().get());
            }
            json.writeArrayFieldStart("goals");
            IOException[] failed = new IOException[1];
            overview.forEach(goal -> {
                if (failed[0] == null) {
                    try {
                        goal(json, goal);
                        json.flush();
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void goal(JsonGenerator json, OverviewGoal goal) throws IOException {
        GoalTree tree = goal.tree();
        Objective o = tree.goal().objective();
        json.writeStartObject();
        json.writeNumberField("id", o.id().value());
        json.writeNumberField("version", tree.goal().version());
        json.writeStringField("title", o.title());
        json.writeStringField("level", o.levelKey());
        json.writeStringField("ownerKey", o.owner().key());
        json.writeStringField("lifecycle", WireCodes.of(o.lifecycle()));
        json.writeFieldName("period");
        MAPPER.writeValue(json, GoalPeriodDto.of(o.period()));
        json.writeFieldName("progress");
        MAPPER.writeValue(json, ProgressDto.of(tree.progress()));
        json.writeNumberField("coverage", tree.coverage());
        json.writeStringField("status", WireCodes.of(goal.status()));
        json.writeStringField("zone", tree.goal().zone().jsonName());
        if (tree.contributionToParent().isPresent()) {
            json.writeNumberField("contribution", tree.contributionToParent().get().percent());
        }
        if (tree.goal().closed().isPresent()) {
            json.writeStringField("closedAt", tree.goal().closed().get().at().toString());
        }
        json.writeArrayFieldStart("keyResults");
        for (OverviewKeyResult keyResult : goal.keyResults()) {
            MAPPER.writeValue(json, keyResult(keyResult));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("children");
        for (OverviewGoal child : goal.children()) {
            goal(json, child);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static KeyResultLineDto keyResult(OverviewKeyResult line) {
        StoredKeyResult stored = line.keyResult();
        return new KeyResultLineDto(stored.id().value(), stored.version(), stored.keyResult().title(),
                stored.keyResult().weight().percent(), GoalMeasureDto.of(stored.keyResult().measure()),
                ProgressDto.of(stored.keyResult().progress(), stored.basis()), stored.override() != null,
                stored.zone().jsonName(), WireCodes.of(line.status()),
                line.latest().map(OverviewWriter::checkIn).orElse(null));
    }

    private static LatestCheckInDto checkIn(StoredCheckIn stored) {
        CheckIn c = stored.checkIn();
        return new LatestCheckInDto(stored.id(), c.date().toString(), c.value().orElse(null), c.confidence(),
                c.author().key(), c.recordedAt().toString(), c.progressNote().isEmpty() ? null : c.progressNote());
    }

    /**
     * A key result in the overview; {@code latestCheckIn} is left out when it has none.
     *
     * @param id its id
     * @param version its version
     * @param title its title
     * @param weight per-cent with two decimals
     * @param measure how it is measured (only its kind's fields)
     * @param progress the progress people see, with what it counts
     * @param manual whether that progress is a manual override
     * @param zone the tier its computed progress reached
     * @param status its status by pace
     * @param latestCheckIn its latest check-in
     */
    record KeyResultLineDto(long id, long version, String title, BigDecimal weight, GoalMeasureDto measure,
            ProgressDto progress, boolean manual, String zone, String status, LatestCheckInDto latestCheckIn) {
    }

    /**
     * The latest check-in of a key result.
     *
     * @param id its id
     * @param date the day it speaks for, YYYY-MM-DD
     * @param value the value it reported in the key result's unit; left out when it reported none
     * @param confidence 1 to 10
     * @param authorKey who checked in
     * @param recordedAt when it was stored, ISO-8601
     * @param progressNote what was achieved, in words; left out when empty
     */
    record LatestCheckInDto(long id, String date, BigDecimal value, int confidence, String authorKey,
            String recordedAt, String progressNote) {
    }
}
