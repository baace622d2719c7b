/** Violations with stable codes and field names, and the policies that produce them. */
package dev.cascade.okr.core.validation;
