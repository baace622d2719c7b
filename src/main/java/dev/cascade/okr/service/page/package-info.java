/**
 * The page room: read models of the Jira pages that show several rooms at once (a goal's page, "my goals"), over every
 * room's services; no room uses it (docs/decisions/0015).
 */
package dev.cascade.okr.service.page;
