package dev.cascade.okr.store.goal;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.KeyResultRowAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One link of a key result to Jira work: an epic, an issue or a JQL query (table {@code AO_xxxxxx_WORK_LINK}). */
@Table("WORK_LINK")
public interface WorkLinkAo extends CascadeAo, KeyResultRowAo {

    /** The kind of link, a {@code WorkLink.Kind} name. */
    @NotNull
    @StringLength(16)
    String getLinkKind();

    /** Sets the kind. */
    void setLinkKind(String linkKind);

    /** The epic's or issue's key, or {@code null} for JQL; links are looked up by it when issues change. */
    @Indexed
    @StringLength(255)
    String getIssueKey();

    /** Sets the issue key. */
    void setIssueKey(String issueKey);

    /** The JQL query of a JQL link, else {@code null}; free text, never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    /** Sets the query. */
    void setJql(String jql);

    /** The position among the key result's links, from 0. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);
}
