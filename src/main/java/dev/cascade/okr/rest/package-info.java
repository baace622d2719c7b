/**
 * JAX-RS resources ({@code *Resource}) and JSON shapes ({@code *Dto}) under {@code /rest/cascade/1.0/}, one room per
 * feature ({@code goal}, {@code tracking}, {@code appraisal}, {@code plan}, {@code settings}, {@code table}) over the
 * request kernel {@code http}. Resources are thin: parse, one service call, map; every failure leaves as
 * {@code {"errors":[{field, code, message}]}} with the message in the caller's language.
 */
package dev.cascade.okr.rest;
