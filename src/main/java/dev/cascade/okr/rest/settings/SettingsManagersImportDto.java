package dev.cascade.okr.rest.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CSV file of who manages whom, sent as JSON (the API takes JSON only): its bytes in base64.
 *
 * @param file the file's bytes, base64 (RFC 4648, with padding)
 */
public record SettingsManagersImportDto(@JsonProperty("file") String file) {

    /** Jackson's way in. */
    @JsonCreator
    public SettingsManagersImportDto {
    }
}
