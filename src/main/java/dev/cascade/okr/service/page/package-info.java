/**
 * The page room: the read models of the Jira pages that show several rooms at once, such as a goal's page with its key
 * results, check-ins, reviews and adjustments (docs/decisions/0015). Like the table room it may use every room's
 * services and no room uses it; it computes no figure of its own.
 */
package dev.cascade.okr.service.page;
