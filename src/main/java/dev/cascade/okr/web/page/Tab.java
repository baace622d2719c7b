package dev.cascade.okr.web.page;

/**
 * One view of the Goals page a person switches to.
 *
 * @param label its name, translated
 * @param href its address, keeping the period
 * @param selected whether it is shown
 */
public record Tab(String label, String href, boolean selected) {
}
