package dev.cascade.okr.rest.http;

import dev.cascade.okr.core.validation.WireCode;

/** Enum constants in response bodies: core's {@link WireCode}, with an absent value staying absent. */
public final class WireCodes {

    private WireCodes() {
    }

    /** {@code on-track} for {@code ON_TRACK}; {@code null} for {@code null} (an optional field). */
    public static String of(Enum<?> constant) {
        return constant == null ? null : WireCode.of(constant);
    }
}
