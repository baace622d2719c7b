/** The administration page (issue 14): its servlet, its view models and the scheme preview. */
package dev.cascade.okr.web.admin;
