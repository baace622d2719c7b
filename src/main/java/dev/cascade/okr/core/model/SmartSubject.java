package dev.cascade.okr.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the SMART check looks at in a goal or key result; everything but {@code measureDefined} may be missing
 * ({@code null}), which is exactly what the check warns about.
 *
 * @param title the goal as worded
 * @param description the longer text
 * @param measureDefined whether the goal says how it is measured (a metric, a milestone or linked Jira work)
 * @param target the target value, in the measure's unit
 * @param deadline the day by which it is to be achieved (inclusive)
 * @param owner who answers for it
 * @param period the goal's period; without one the deadline is not compared
 */
public record SmartSubject(String title, String description, boolean measureDefined, BigDecimal target,
        LocalDate deadline, UserRef owner, Period period) {
}
