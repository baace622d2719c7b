package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.ObjectiveColumns.UNIT_GROUP;
import static dev.cascade.okr.store.goal.ObjectiveColumns.UNIT_PROJECT;
import static dev.cascade.okr.store.goal.ObjectiveColumns.unitOf;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.access.Audience;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.store.kernel.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * Finding goals and key results on Active Objects ({@link GoalQueries}): the query's filters and audience as one
 * {@code WHERE} clause with placeholders (values only ever travel as parameters), a page and a count.
 */
@JiraComponent
public final class AoGoalQueries extends AoGoalRows implements GoalQueries {

    private final KeyResultStore keyResults;

    /** Creates the store over the host's Active Objects. */
    public AoGoalQueries(@ComponentImport ActiveObjects ao) {
        super(ao);
        this.keyResults = new AoKeyResultStore(ao);
    }

    @Override
    public Page<StoredObjective> find(GoalQuery query) {
        return ao.executeInTransaction(() -> {
            Page<ObjectiveAo> rows = findRows(query, Query.select());
            return new Page<>(read(rows.items().toArray(new ObjectiveAo[0])), rows.offset(), rows.limit(),
                    rows.total());
        });
    }

    @Override
    public Page<ObjectiveId> findIds(GoalQuery query) {
        return ao.executeInTransaction(() -> {
            Page<ObjectiveAo> rows = findRows(query, Query.select("ID"));
            return new Page<>(rows.items().stream().map(row -> new ObjectiveId(row.getID())).toList(), rows.offset(),
                    rows.limit(), rows.total());
        });
    }

    /** One page of matching rows (the columns {@code select} names) and the number of all matches. */
    private Page<ObjectiveAo> findRows(GoalQuery query, Query select) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        matching(query, clauses, parameters);
        int total;
        if (clauses.isEmpty()) {
            total = ao.count(ObjectiveAo.class);
        } else {
            String where = String.join(" AND ", clauses);
            total = ao.count(ObjectiveAo.class, where, parameters.toArray());
            select = select.where(where, parameters.toArray());
        }
        ObjectiveAo[] rows = ao.find(ObjectiveAo.class,
                select.order(order(query)).offset(query.offset()).limit(query.limit()));
        return new Page<>(Arrays.asList(rows), query.offset(), query.limit(), total);
    }

    /**
     * One query for the page (key results joined to their objective, the objective filters and audience of
     * {@link #find} applied to the objective's columns, none of which the key-result table shares) and one count;
     * then the page's rows and their links by id.
     */
    @Override
    public Page<StoredKeyResult> findKeyResults(GoalQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        matching(query, clauses, parameters);
        return ao.executeInTransaction(() -> {
            Query count = joined(Query.select("ID"));
            Query select = joined(Query.select("ID"));
            if (!clauses.isEmpty()) {
                String where = String.join(" AND ", clauses);
                count = count.where(where, parameters.toArray());
                select = select.where(where, parameters.toArray());
            }
            int total = ao.count(KeyResultAo.class, count);
            KeyResultAo[] ids = ao.find(KeyResultAo.class, select.order("OB.ID ASC, KR.POSITION ASC, KR.ID ASC")
                    .offset(query.offset()).limit(query.limit()));
            return new Page<>(inOrder(ids), query.offset(), query.limit(), total);
        });
    }

    /** The key results of these rows, whole, in the rows' order. */
    private List<StoredKeyResult> inOrder(KeyResultAo[] ids) {
        List<Long> order = Arrays.stream(ids).map(KeyResultAo::getID).toList();
        Map<Long, StoredKeyResult> byId = new HashMap<>();
        for (StoredKeyResult stored : keyResults.keyResults(order.stream().map(KeyResultId::new).toList())) {
            byId.put(stored.id().value(), stored);
        }
        return order.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * {@code WHERE <filters> AND ID > ? ORDER BY <the index's order> LIMIT ?}: the composite index of a project,
     * owner or level filter (or the primary key) is read from the key on, one page and no count.
     */
    @Override
    public List<ObjectiveId> findIdsAfter(GoalQuery query, long afterId) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        matching(query, clauses, parameters);
        clauses.add("ID > ?");
        parameters.add(afterId);
        return ao.executeInTransaction(() -> {
            List<ObjectiveId> ids = new ArrayList<>();
            ao.stream(ObjectiveAo.class, Query.select("ID").where(String.join(" AND ", clauses),
                    parameters.toArray()).order(order(query)).limit(query.limit()),
                    row -> ids.add(new ObjectiveId(row.getID())));
            return ids;
        });
    }

    /** {@code WHERE <filters> AND KR.ID > ? ORDER BY KR.ID LIMIT ?}, then the page's key results by id; no count. */
    @Override
    public List<StoredKeyResult> findKeyResultsAfter(GoalQuery query, long afterId) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        matching(query, clauses, parameters);
        clauses.add("KR.ID > ?");
        parameters.add(afterId);
        return ao.executeInTransaction(() -> inOrder(ao.find(KeyResultAo.class, joined(Query.select("ID"))
                .where(String.join(" AND ", clauses), parameters.toArray()).order("KR.ID ASC")
                .limit(query.limit()))));
    }

    /** The query's filters and, when it has one, its audience, as clauses with placeholders. */
    private static void matching(GoalQuery query, List<String> clauses, List<Object> parameters) {
        filters(query, clauses, parameters);
        if (query.audience() != null) {
            audience(query.audience(), clauses, parameters);
        }
    }

    private static Query joined(Query select) {
        return select.alias(KeyResultAo.class, "KR").alias(ObjectiveAo.class, "OB")
                .join(ObjectiveAo.class, "KR.OBJECTIVE_ID = OB.ID");
    }

    @Override
    public Set<OrgUnit> membersOnlyUnits(GoalQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        filters(query, clauses, parameters);
        clauses.add("VISIBILITY = ?");
        parameters.add(Visibility.MEMBERS.name());
        return ao.executeInTransaction(() -> {
            Set<OrgUnit> units = new HashSet<>();
            for (ObjectiveAo row : ao.find(ObjectiveAo.class, Query.select("ID, UNIT_KIND, UNIT_REF")
                    .where(String.join(" AND ", clauses), parameters.toArray()))) {
                units.add(unitOf(row));
            }
            return units;
        });
    }

    /**
     * Id order, spelled so that a composite index serves it: with a project, owner or level filter the column is
     * constant, so ordering by it first changes nothing, but lets the database read the {@code (column, ID)} index in
     * order and stop after one page instead of sorting every match (H2 does not see through the constant itself).
     */
    private static String order(GoalQuery query) {
        if (query.projectKey() != null) {
            return "PROJECT_KEY ASC, ID ASC";
        }
        if (query.ownerKey() != null) {
            return "OWNER_KEY ASC, ID ASC";
        }
        if (query.levelKey() != null) {
            return "LEVEL_KEY ASC, ID ASC";
        }
        return "ID ASC";
    }

    /** The query's filters as SQL with placeholders; values only ever travel as parameters. */
    private static void filters(GoalQuery query, List<String> clauses, List<Object> parameters) {
        where(clauses, parameters, "PERIOD_END >= ?", query.periodFrom() == null ? null
                : Columns.day(query.periodFrom()));
        where(clauses, parameters, "PERIOD_START <= ?", query.periodTo() == null ? null
                : Columns.day(query.periodTo()));
        where(clauses, parameters, "LEVEL_KEY = ?", query.levelKey());
        where(clauses, parameters, "PROJECT_KEY = ?", query.projectKey());
        if (query.groupName() != null) {
            clauses.add("UNIT_KIND = ? AND UNIT_REF = ?");
            parameters.add(UNIT_GROUP);
            parameters.add(query.groupName());
        }
        where(clauses, parameters, "OWNER_KEY = ?", query.ownerKey());
        where(clauses, parameters, "LIFECYCLE = ?", query.lifecycle() == null ? null : query.lifecycle().name());
    }

    /** Adds the clause with its one parameter when a value is given. */
    private static void where(List<String> clauses, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add(value);
        }
    }

    /**
     * What the audience may see, as one clause: visible to everyone, or owned by one of its owners, or members-only
     * in one of its projects or groups (core's {@code AccessPolicy.canSee}, restated for the query).
     */
    private static void audience(Audience audience, List<String> clauses, List<Object> parameters) {
        StringBuilder clause = new StringBuilder("(VISIBILITY = ? OR OWNER_KEY IN (");
        parameters.add(Visibility.EVERYONE.name());
        placeholders(clause, audience.ownerKeys(), parameters);
        clause.append(')');
        membersOf(UNIT_PROJECT, audience.memberProjects(), clause, parameters);
        membersOf(UNIT_GROUP, audience.memberGroups(), clause, parameters);
        clauses.add(clause.append(')').toString());
    }

    /** {@code OR} members-only in one of these units of the kind; nothing for no units. */
    private static void membersOf(String unitKind, Set<String> units, StringBuilder clause, List<Object> parameters) {
        if (!units.isEmpty()) {
            clause.append(" OR (VISIBILITY = ? AND UNIT_KIND = ? AND UNIT_REF IN (");
            parameters.add(Visibility.MEMBERS.name());
            parameters.add(unitKind);
            placeholders(clause, units, parameters);
            clause.append("))");
        }
    }

    private static void placeholders(StringBuilder clause, Set<String> values, List<Object> parameters) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(values));
        for (int i = 0; i < sorted.size(); i++) {
            clause.append(i == 0 ? "?" : ", ?");
            parameters.add(sorted.get(i));
        }
    }
}
