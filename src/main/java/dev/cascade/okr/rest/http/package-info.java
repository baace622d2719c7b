/**
 * The request kernel every REST room shares: who is asking ({@code Callers}), the one door for what a request
 * carries ({@code JsonRequestFilter}, {@code JsonBodies}), numbers ({@code RequestNumbers}), the error shapes
 * ({@code RestResponses}, {@code {"errors":[{field, code, message}]}}) in the caller's language, and
 * {@code RestResource}, the base of every resource: body, version and path id read once, outcomes answered once.
 */
package dev.cascade.okr.rest.http;
