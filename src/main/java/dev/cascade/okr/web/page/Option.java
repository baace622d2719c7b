package dev.cascade.okr.web.page;

/**
 * One choice of a select on the Goals page (a period, a level, an owner, a status).
 *
 * @param value the value sent
 * @param label what the reader sees, translated
 * @param selected whether it is the current choice
 */
public record Option(String value, String label, boolean selected) {
}
