/** Who may see and change goals and appraisal data: the rules, decided from facts the host and the app supply. */
package dev.cascade.okr.core.access;
