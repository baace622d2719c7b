/**
 * The request kernel every REST room shares: who is asking ({@code Callers}), the one door for what a request
 * carries ({@code JsonRequestFilter}, {@code JsonBodies}), numbers, path ids and list parameters, and the error shapes
 * ({@code RestResponses}, {@code {"errors":[{field, code, message}]}}) in the caller's language.
 */
package dev.cascade.okr.rest.http;
