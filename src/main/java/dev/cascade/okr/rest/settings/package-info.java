/**
 * What administrators set: levels, tracking thresholds, the appraisal scheme, issue counting, people and managers.
 */
package dev.cascade.okr.rest.settings;
