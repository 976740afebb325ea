package org.elbasar.common.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.elbasar.common.service.Caller;

/** The {@link Caller} of the current request, read from its access token and Accept-Language. */
@RequestScoped
public class CurrentCaller {

    public static final String ORGANISATION_CLAIM = "org";

    private final SecurityIdentity identity;
    private final HttpHeaders headers;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, HttpHeaders headers) {
        this.identity = identity;
        this.headers = headers;
    }

    public Caller get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    public Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }

    private Caller read() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.anonymous(locale());
        }
        String organisation = token.getClaim(ORGANISATION_CLAIM);
        return new Caller(UUID.fromString(token.getSubject()),
                organisation == null ? null : UUID.fromString(organisation),
                identity.getRoles(), locale());
    }
}
