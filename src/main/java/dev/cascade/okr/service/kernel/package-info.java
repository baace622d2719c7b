/**
 * What every service room shares: the caller and the outcome, access to a goal in one place ({@code GoalAccess}
 * over core's {@code AccessPolicy}), the cached cascades ({@code GoalTrees}) and the progress recompute. The kernel
 * uses no feature room.
 */
package dev.cascade.okr.service.kernel;
