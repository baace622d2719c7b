package dev.cascade.okr.rest.table;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A goals sheet (XLSX or CSV) sent as JSON (the API takes JSON only): its bytes in base64.
 *
 * @param file the file's bytes, base64 (RFC 4648, with padding)
 */
public record GoalSheetImportDto(@JsonProperty("file") String file) {

    /** Jackson's way in. */
    @JsonCreator
    public GoalSheetImportDto {
    }
}
