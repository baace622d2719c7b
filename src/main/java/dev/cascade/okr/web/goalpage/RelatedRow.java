package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.ProgressView;

/**
 * A parent or child goal on a goal's page, with the contribution of the alignment between the two.
 *
 * @param title its title
 * @param href its own goal's page
 * @param owner its owner's name
 * @param period its period ("2026-Q4")
 * @param progress its rolled-up progress
 * @param contribution the child's contribution to the parent ("30%")
 */
public record RelatedRow(String title, String href, String owner, String period, ProgressView progress,
        String contribution) {
}
