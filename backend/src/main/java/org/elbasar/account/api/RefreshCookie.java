package org.elbasar.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The httpOnly cookie holding the refresh token, sent only to the sign-in endpoints. */
@ApplicationScoped
public class RefreshCookie {

    static final String NAME = "elbasar_refresh";
    static final String PATH = "/api/v1/auth";

    private final boolean secure;

    public RefreshCookie(@ConfigProperty(name = "elbasar.auth.secure-cookie") boolean secure) {
        this.secure = secure;
    }

    NewCookie holding(String refreshToken, int maxAgeSeconds) {
        return new NewCookie.Builder(NAME)
                .value(refreshToken)
                .path(PATH)
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    /** Tells the browser to forget the cookie. */
    NewCookie cleared() {
        return holding("", 0);
    }
}
