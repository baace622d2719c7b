package dev.cascade.okr.web.table;

/**
 * One entry of the tables' sub-navigation.
 *
 * @param code the table's name ({@code tracking-record})
 * @param title its title in the reader's language
 * @param href the Goals page showing it, keeping the period
 * @param selected whether it is the table shown
 */
public record TableTabView(String code, String title, String href, boolean selected) {
}
