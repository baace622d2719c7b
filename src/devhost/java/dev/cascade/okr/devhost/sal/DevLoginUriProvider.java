package dev.cascade.okr.devhost.sal;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SAL's login address on the dev host: its sign-in page ({@code /devhost/signin}), where a sample user is picked
 * instead of a password typed, coming back to {@code returnUri} (a path relative to the base URL, as Jira's is).
 */
public final class DevLoginUriProvider implements LoginUriProvider {

    /** The dev host's sign-in page. */
    public static final String SIGN_IN = "/devhost/signin";

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(SIGN_IN + "?back=" + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
