package dev.cascade.okr.rest.http;

import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.validation.Violation;
import jakarta.ws.rs.core.Response;

/**
 * What the exception mappers of the HTTP door share: a refusal the REST stack makes before a resource is chosen (405,
 * 415), answered in the API's error shape with its message in the caller's language.
 */
abstract class DoorRefusals {

    private final I18nResolver i18n;

    DoorRefusals(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** One error with {@code status}, in the API's error shape. */
    final Response refuse(int status, Violation violation) {
        return RestResponses.error(status, violation, i18n);
    }
}
