package com.atlassian.activeobjects.external;

/**
 * Mirror of the Active Objects plugin's upgrade-task contract: an AO upgrade task declared in the descriptor's
 * {@code <ao>} module as {@code <upgradeTask>}, run once per model version when the plugin's AO service is first
 * used, in order of {@link #getModelVersion()}.
 *
 * <p>Source: ao-plugin {@code activeobjects-plugin} API, {@code com.atlassian.activeobjects.external}
 * (host-api.md §4.2, V). Because the plugin implements it, the mirror lists its full method set.
 */
public interface ActiveObjectsUpgradeTask {

    /** The model version this task brings the schema and data to. */
    ModelVersion getModelVersion();

    /** Upgrades from {@code currentVersion} (the stored one) using the plugin's AO service. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
