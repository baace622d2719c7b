/**
 * Settings and people: levels, thresholds, appraisal scheme, issue counting, managers and roles.
 */
package dev.cascade.okr.service.settings;
