/**
 * View models for templates ({@code *View}, immutable, getters only, every getter allowlisted for Velocity) and the
 * mapping from core objects to them. Templates display; they never compute.
 */
package dev.cascade.okr.web;
