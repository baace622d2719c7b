package dev.cascade.okr.web;

/**
 * One key result the viewer may link the issue to, as the panel's "Link to a key result" dialog offers it.
 *
 * @param id the key result's id
 * @param version its version, which the link is based on
 * @param label what the option says: the key result's title and its goal's ("Epic CASC-1 done — Onboarding")
 */
public record IssueLinkOption(long id, long version, String label) {
}
