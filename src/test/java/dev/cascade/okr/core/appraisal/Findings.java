package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Writes violations compactly for table-driven assertions: {@code code@field:arg1,arg2}, joined by {@code ; }. */
final class Findings {

    private Findings() {
    }

    static String of(List<Violation> violations) {
        return violations.stream().map(Findings::of).collect(Collectors.joining("; "));
    }

    static String of(Violation violation) {
        return violation.code().code() + "@" + violation.field()
                + (violation.args().isEmpty() ? "" : ":" + String.join(",", violation.args()));
    }
}
