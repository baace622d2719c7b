package dev.cascade.okr.devhost.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import net.java.ao.Common;

/**
 * The table names the Active Objects plugin gives a plugin's entities: {@code AO_} + the last 6 hex digits of
 * MD5(namespace), upper case, + {@code _} + the entity's table name ({@code HexMd5Digester},
 * {@code DefaultActiveObjectsConfigurationFactory}, {@code AtlassianTableNameConverter}).
 */
public final class AoTableNames {

    /** AO's limit for a whole table name ({@code AtlassianTableNameConverter}, {@code ConverterUtils}). */
    public static final int MAX_NAME_LENGTH = 30;

    /** camelCase to UNDER_SCORE, as AO's {@code UnderScoreUtils} does for {@code @Table} values and class names. */
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z\\d])([A-Z])");

    private AoTableNames() {}

    /** The 6 upper-case hex digits of the namespace's table prefix, e.g. {@code 4D2C9F} (illustrative). */
    public static String hash(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : md5) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ENGLISH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    /** {@code AO_} + {@link #hash}: what every table of the namespace starts with (before the {@code _}). */
    public static String prefix(String namespace) {
        return "AO_" + hash(namespace);
    }

    /**
     * The table name for an entity whose {@code @Table} value is {@code tableValue} (camelCase is converted to
     * UNDER_SCORE, as AO does), e.g. {@code tableName("dev.cascade.okr", "OBJECTIVE")}.
     *
     * @throws IllegalArgumentException when the name would be longer than {@value #MAX_NAME_LENGTH} characters,
     *     which AO refuses
     */
    public static String tableName(String namespace, String tableValue) {
        Objects.requireNonNull(tableValue, "tableValue");
        String entityPart = CAMEL_CASE.matcher(Common.convertSimpleClassName(tableValue)).replaceAll("$1_$2")
                .toUpperCase(Locale.ENGLISH);
        String name = prefix(namespace) + "_" + entityPart;
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Table name " + name + " is longer than " + MAX_NAME_LENGTH
                    + " characters; AO would refuse it");
        }
        return name;
    }
}
