package dev.cascade.okr.core.port;

import dev.cascade.okr.core.progress.IssueCompletion;
import java.util.Map;
import java.util.Set;

/**
 * Counts the issues of many epics at once, with the app's own authority so that the figures are the same for
 * everyone.
 *
 * <p>Implementations must answer a whole set in a bounded number of searches (one per batch of epics), never one
 * search per epic or per key result.
 */
public interface IssueCompletionSource {

    /**
     * The issue counts per epic key; an epic that does not exist is absent from the map, an epic without issues maps
     * to {@link IssueCompletion#NONE}.
     */
    Map<String, IssueCompletion> completionOfEpics(Set<String> epicKeys);
}
