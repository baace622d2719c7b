package dev.cascade.okr.web.mine;

import dev.cascade.okr.web.ProgressView;
import java.util.List;

/**
 * One goal of "my goals".
 *
 * @param id the goal's id
 * @param title its title
 * @param href its page
 * @param progress its rolled-up progress: the figure its cascade tree shows
 * @param zone the tier its key results have reached, translated
 * @param zoneLozenge the AUI lozenge classes of that tier
 * @param keyResults its key results, overdue check-ins first
 */
public record MyGoalView(long id, String title, String href, ProgressView progress, String zone, String zoneLozenge,
        List<MyKeyResultView> keyResults) {

    /** Copies the key results. */
    public MyGoalView {
        keyResults = List.copyOf(keyResults);
    }
}
