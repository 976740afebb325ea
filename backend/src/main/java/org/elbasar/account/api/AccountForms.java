package org.elbasar.account.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.account.domain.Invitation;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.common.validation.EmailAddress;
import org.elbasar.member.api.OrganisationInput;
import org.elbasar.member.domain.OrganisationStatus;

/** The request and response bodies of sign-up, sign-in, the account and invitations. */
public final class AccountForms {

    private AccountForms() {
    }

    @Schema(name = "PersonInput")
    public record PersonInput(
            @NotBlank @Size(max = 100) @Schema(examples = "Camille") String firstName,
            @NotBlank @Size(max = 100) @Schema(examples = "Durand") String lastName,
            @NotBlank @Email @EmailAddress @Size(max = 254) @Schema(examples = "camille@ateliers-reemploi.example") String email,
            @NotNull @Size(min = 12, max = 200, message = "{elbasar.password}") @Schema(examples = "Un-mot-de-passe-solide") String password,
            @Pattern(regexp = "fr|en") @Schema(examples = "fr", defaultValue = "fr") String locale) {
    }

    @Schema(name = "SignupRequest", description = "A person joins with their organisation and accepts the current charter")
    public record SignupRequest(
            @NotNull @Valid PersonInput person,
            @NotNull @Valid OrganisationInput organisation,
            @NotNull @Schema(description = "The charter version shown to the person", examples = "1") Integer charterVersion,
            @AssertTrue(message = "{jakarta.validation.constraints.AssertTrue.message}") @Schema(required = true) boolean acceptCharter) {
    }

    @Schema(name = "SignupResponse", description = "The same answer whether or not the email already has an account; an email says what happens next")
    public record SignupResponse(@Schema(examples = "RECEIVED") String status) {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @NotBlank @Size(max = 254) @Schema(examples = "membre1@elbasar.test") String email,
            @NotBlank @Size(max = 200) @Schema(examples = "Demo-elbasar-2026!") String password) {
    }

    @Schema(name = "AccessToken", description = "A bearer token; the refresh token travels in an httpOnly cookie")
    public record AccessToken(String accessToken, @Schema(description = "Seconds", examples = "900") long expiresIn) {
    }

    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(@NotBlank @Email @EmailAddress @Size(max = 254) String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    public record PasswordResetConfirmation(
            @NotBlank @Size(max = 200) String token,
            @NotNull @Size(min = 12, max = 200, message = "{elbasar.password}") String newPassword) {
    }

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotNull @Size(min = 12, max = 200, message = "{elbasar.password}") String newPassword) {
    }

    @Schema(name = "AccountErasure", description = "The current password, to confirm that the account's owner asks")
    public record AccountErasure(@NotBlank @Size(max = 200) String password) {
    }

    @Schema(name = "Me", description = "The signed-in person, their roles and organisation")
    public record Me(UUID id, String email, String firstName, String lastName, String locale, List<String> roles,
            MyOrganisation organisation,
            @Schema(description = "Emailed when a newly published offer could meet one of their requests") boolean notifyMatchingOffers) {
    }

    @Schema(name = "MyOrganisation")
    public record MyOrganisation(UUID id, String name, OrganisationStatus status, OrganisationRole role) {
    }

    @Schema(name = "MeUpdate")
    public record MeUpdate(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Pattern(regexp = "fr|en") String locale,
            @Schema(description = "Absent: unchanged") Boolean notifyMatchingOffers) {
    }

    @Schema(name = "Person", description = "A person acting for an organisation")
    public record PersonView(UUID id, String email, String firstName, String lastName, OrganisationRole role) {
    }

    @Schema(name = "RoleChange")
    public record RoleChange(@NotNull OrganisationRole role) {
    }

    @Schema(name = "InvitationInput")
    public record InvitationInput(
            @NotBlank @Email @EmailAddress @Size(max = 254) @Schema(examples = "dominique@ateliers-reemploi.example") String email,
            @NotNull OrganisationRole role) {
    }

    @Schema(name = "Invitation")
    public record InvitationView(UUID id, String email, OrganisationRole role, Instant createdAt, Instant expiresAt,
            Invitation.Status status) {
    }

    @Schema(name = "InvitationPreview", description = "What an invitation link shows before it is accepted")
    public record InvitationPreview(String organisationName, String email, Instant expiresAt) {
    }

    @Schema(name = "InvitationAcceptance")
    public record InvitationAcceptance(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @Size(min = 12, max = 200, message = "{elbasar.password}") String password,
            @Pattern(regexp = "fr|en") String locale,
            @NotNull Integer charterVersion,
            @AssertTrue @Schema(required = true) boolean acceptCharter) {
    }
}
