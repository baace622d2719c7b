package com.atlassian.activeobjects.external;

/**
 * Mirror of the Active Objects plugin's model version: a final class wrapping a whole number, compared numerically.
 *
 * <p>Source: ao-plugin API {@code com.atlassian.activeobjects.external.ModelVersion} (host-api.md §4.2, V for the
 * members mirrored here: {@code valueOf(String)}, {@code isOlderThan}, {@code isNewerThan}, {@code isSame},
 * {@code compareTo}, {@code toString}). The private constructor and fields are this mirror's own (M).
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** The version of a text such as {@code "1"}; {@code null} means version 0. */
    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
    }

    /** Whether this version is older than {@code other}. */
    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    /** Whether this version is newer than {@code other}. */
    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    /** Whether both are the same version. */
    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
