package dev.cascade.okr.store.appraisal;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.CarryOverStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.PeriodColumns;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Carry-over records on Active Objects. A record claims {@code CARRY_OVER:source:period} in the uniquely indexed
 * claim table inside its inserting transaction (as appraisal starts do, docs/decisions/0004), so of two carry-overs of
 * one goal into one period exactly one is written.
 */
@JiraComponent
public final class AoCarryOverStore implements CarryOverStore {

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoCarryOverStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<CarriedOver> carried(ObjectiveId source, Period to) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> find(source, to));
    }

    @Override
    public Optional<CarriedOver> createdDraft(ObjectiveId draft) {
        Objects.requireNonNull(draft, "draft");
        return ao.executeInTransaction(() -> {
            CarryOverAo[] rows = ao.find(CarryOverAo.class,
                    Query.select().where("DRAFT_ID = ?", draft.value()).order("ID ASC"));
            return rows.length == 0 ? Optional.<CarriedOver>empty() : Optional.of(toRecord(rows[0]));
        });
    }

    @Override
    public StoreWrite<CarriedOver> record(CarriedOver carriedOver) {
        Objects.requireNonNull(carriedOver, "carriedOver");
        try {
            return ao.executeInTransaction(() -> {
                Optional<CarriedOver> existing = find(carriedOver.source(), carriedOver.to());
                if (existing.isPresent()) {
                    return new StoreWrite.Stale<>(existing.get());
                }
                OptimisticLock.claim(ao, "CARRY_OVER:" + carriedOver.source().value() + ":"
                        + carriedOver.to().kind().name() + ":" + carriedOver.to().start() + ":"
                        + carriedOver.to().end());
                CarryOverAo row = ao.create(CarryOverAo.class, PeriodColumns.with(carriedOver.to(),
                        new DBParam("SOURCE_ID", carriedOver.source().value()),
                        new DBParam("DRAFT_ID", carriedOver.draft().value()),
                        new DBParam("CREATED_BY", carriedOver.createdBy()),
                        new DBParam("CREATED_AT", Date.from(carriedOver.createdAt()))));
                row.setSuggestion(carriedOver.suggestion().isEmpty() ? null : carriedOver.suggestion());
                row.save();
                return new StoreWrite.Written<>(toRecord(row));
            });
        } catch (StaleWriteException e) {
            return ao.executeInTransaction(() -> find(carriedOver.source(), carriedOver.to()))
                    .<StoreWrite<CarriedOver>>map(StoreWrite.Stale::new)
                    .orElseThrow(() -> new IllegalStateException("carry-over claimed but not found: "
                            + e.getMessage(), e));
        }
    }

    private Optional<CarriedOver> find(ObjectiveId source, Period to) {
        CarryOverAo[] rows = ao.find(CarryOverAo.class, Query.select()
                .where("SOURCE_ID = ? AND PERIOD_KIND = ? AND PERIOD_START = ? AND PERIOD_END = ?", source.value(),
                        to.kind().name(), Columns.day(to.start()), Columns.day(to.end()))
                .order("ID ASC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRecord(rows[0]));
    }

    private static CarriedOver toRecord(CarryOverAo row) {
        return new CarriedOver(new ObjectiveId(row.getSourceId()),
                PeriodColumns.of(row),
                new ObjectiveId(row.getDraftId()), row.getSuggestion() == null ? "" : row.getSuggestion(),
                row.getCreatedBy(), row.getCreatedAt().toInstant());
    }
}
