package org.elbasar.account.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.elbasar.account.api.AccountForms.AccessToken;
import org.elbasar.account.api.AccountForms.LoginRequest;
import org.elbasar.account.api.AccountForms.PasswordResetConfirmation;
import org.elbasar.account.api.AccountForms.PasswordResetRequest;
import org.elbasar.account.api.AccountForms.SignupRequest;
import org.elbasar.account.api.AccountForms.SignupResponse;
import org.elbasar.account.service.AuthService;
import org.elbasar.account.service.SessionTokens;
import org.elbasar.account.service.SignupService;
import org.elbasar.common.api.ApiException;

@Path("/api/v1/auth")
@Tag(name = "Accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final SignupService signup;
    private final RefreshCookie cookie;

    public AuthResource(AuthService auth, SignupService signup, RefreshCookie cookie) {
        this.auth = auth;
        this.signup = signup;
        this.cookie = cookie;
    }

    @POST
    @Path("/signup")
    @PermitAll
    @Operation(operationId = "signup", summary = "Join with an organisation",
            description = "Creates a pending organisation and its first admin, who accepts the current charter. An animator then approves or rejects it. The answer is the same when the email already has an account (its owner is told by email).")
    @APIResponse(responseCode = "202", description = "Request received",
            content = @Content(schema = @Schema(implementation = SignupResponse.class)))
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client address within an hour",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response signup(@NotNull @Valid SignupRequest request, @Context HttpServerRequest http) {
        signup.signup(request, clientAddress(http));
        return Response.accepted(new SignupResponse("RECEIVED")).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Sign in",
            description = "Answers an access token (JWT, 15 minutes) and sets the refresh token in an httpOnly SameSite=Strict cookie. After 10 failures for one account (from any address), or 100 failures from one client address (for accounts that did not sign in from it in the last 30 days), within 15 minutes: 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = "Set-Cookie", description = "elbasar_refresh, httpOnly"),
            content = @Content(schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "429", description = "Too many failures for this account, or from this client address",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "Wrong email or password (the same answer for both)")
    public Response login(@NotNull @Valid LoginRequest request, @Context HttpServerRequest http) {
        return signedIn(auth.login(request.email(), request.password(), clientAddress(http)));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(operationId = "refreshSession", summary = "Get a new access token",
            description = "Uses and rotates the refresh-token cookie. A refresh token used twice revokes every token of its sign-in.")
    @APIResponse(responseCode = "200", description = "Refreshed", content = @Content(schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "401", description = "No valid refresh cookie: sign in again")
    public Response refresh(@CookieParam(RefreshCookie.NAME) String refreshToken) {
        return auth.refresh(refreshToken)
                .map(this::signedIn)
                .orElseThrow(() -> new ApiException(Response.Status.UNAUTHORIZED, "invalid-refresh-token"));
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(operationId = "logout", summary = "Sign out", description = "Revokes the refresh token and its family, and clears the cookie.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@CookieParam(RefreshCookie.NAME) String refreshToken) {
        auth.logout(refreshToken);
        return Response.noContent().cookie(cookie.cleared()).build();
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password reset link",
            description = "Answers 202 whether or not the address has an account. One address gets at most 3 links an hour (more requests answer 202 and send nothing); 429 after 50 requests from one client address within an hour.")
    @APIResponse(responseCode = "202", description = "If the address has an account, a link valid one hour was emailed")
    @APIResponse(responseCode = "429", description = "Too many requests from this client address within an hour",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response requestPasswordReset(@NotNull @Valid PasswordResetRequest request, @Context HttpServerRequest http) {
        auth.requestPasswordReset(request.email(), clientAddress(http));
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with an emailed link",
            description = "The link works once. Every session of the account ends.")
    @APIResponse(responseCode = "204", description = "Password changed")
    public Response confirmPasswordReset(@NotNull @Valid PasswordResetConfirmation request) {
        auth.confirmPasswordReset(request);
        return Response.noContent().build();
    }

    /** The client's address, as forwarded by the reverse proxy when ELBASAR_BEHIND_PROXY is set; what throttles count. */
    private static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress().hostAddress();
    }

    private Response signedIn(SessionTokens.Session session) {
        return Response.ok(new AccessToken(session.accessToken(), session.expiresIn()))
                .cookie(cookie.holding(session.refreshToken(), (int) session.refreshLifetime().toSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
