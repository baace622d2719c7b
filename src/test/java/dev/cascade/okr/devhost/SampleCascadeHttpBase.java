package dev.cascade.okr.devhost;

import org.junit.BeforeClass;

/** What the HTTP tests that read the dev host's sample cascade of 2026 share: it is seeded before the first test. */
public abstract class SampleCascadeHttpBase extends DevHostHttpTest {

    /** The sample cascade of 2026, with the columns issue 10 fills for a few goals. */
    @BeforeClass
    public static void seedSampleCascade() {
        HOST.server().seedSampleCascade();
    }
}
