package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.GoalRowAo;
import dev.cascade.okr.store.kernel.TitledAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The columns initiatives and tasks share; not a table of its own. It deliberately does not extend an entity type:
 * Active Objects 3.2.11 also reads the indexes of every entity interface an entity extends and would put an index
 * declared here on a table named after this interface, while it reads a plain interface's columns and indexes only
 * as part of the entity (each entity extends {@code CascadeAo} and this). Budget and currency, and the three risk
 * columns, are either all set or all {@code null}, as core's {@code Resources} and {@code Risk} require.
 */
public interface PlanItemAo extends GoalRowAo, TitledAo {



    /** The user key of the person who drives it; looked up for "my work". */
    @NotNull
    @Indexed
    @StringLength(255)
    String getOwnerKey();

    /** Sets the owner. */
    void setOwnerKey(String ownerKey);

    /** The first day, ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(16)
    String getStartDay();

    /** Sets the first day. */
    void setStartDay(String startDay);

    /** The last day (inclusive), ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(16)
    String getDueDay();

    /** Sets the last day. */
    void setDueDay(String dueDay);

    /** The budget as a plain decimal string with two decimals, or {@code null} when none is stated. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getBudget();

    /** Sets the budget. */
    void setBudget(String budget);

    /** The budget's ISO 4217 currency code, or {@code null} without a budget. */
    @StringLength(8)
    String getCurrency();

    /** Sets the currency. */
    void setCurrency(String currency);

    /** The risk, or {@code null} when none was assessed; free text. */
    @StringLength(StringLength.UNLIMITED)
    String getRiskDescription();

    /** Sets the risk. */
    void setRiskDescription(String riskDescription);

    /** The fallback if the risk happens, or {@code null}; free text. */
    @StringLength(StringLength.UNLIMITED)
    String getContingency();

    /** Sets the contingency. */
    void setContingency(String contingency);

    /** How serious the risk is, a {@code RiskLevel} name, or {@code null} without a risk. */
    @StringLength(16)
    String getRiskLevel();

    /** Sets the level. */
    void setRiskLevel(String riskLevel);

    /** How far the work has got, a {@code PlanItemStatus} name. */
    @NotNull
    @StringLength(32)
    String getItemStatus();

    /** Sets the status. */
    void setItemStatus(String itemStatus);

    /** The version, from 1, increased by every change to the item. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
