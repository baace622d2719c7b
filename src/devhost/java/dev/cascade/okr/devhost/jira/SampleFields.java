package dev.cascade.okr.devhost.jira;

/** The sample's custom fields, as a typical Jira Software instance has them. */
record SampleFields(DevCustomField epicLink, DevCustomField storyPoints, DevCustomField epicName) {
}
