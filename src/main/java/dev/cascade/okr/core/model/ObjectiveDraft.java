package dev.cascade.okr.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An objective as a person submits it, before validation; any field may be missing ({@code null}).
 *
 * @param title the objective, e.g. "Customers onboard themselves"
 * @param description optional longer text
 * @param projectKey the Jira project the objective belongs to
 * @param keyResults its key results (never {@code null}; may be empty)
 */
public record ObjectiveDraft(String title, String description, String projectKey, List<KeyResultDraft> keyResults) {

    /**
     * Copies the key-result list so that the draft cannot change afterwards; {@code null} entries are kept (a person
     * may send them) so that validation can name them.
     */
    public ObjectiveDraft {
        keyResults = keyResults == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(keyResults));
    }
}
