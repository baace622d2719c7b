/**
 * The kernel of the project's Goals page: its addresses and what its views share. Each view has its own room
 * ({@code web.tree}, {@code web.table}, {@code web.goalpage}, {@code web.mine}); a view may use this room and core,
 * not another view's room.
 */
package dev.cascade.okr.web.page;
