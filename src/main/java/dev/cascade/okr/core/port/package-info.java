/** What the core needs from outside, named by that need: goals stored, issues counted, projects known, access. */
package dev.cascade.okr.core.port;
