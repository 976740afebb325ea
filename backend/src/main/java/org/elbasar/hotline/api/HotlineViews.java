package org.elbasar.hotline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.elbasar.catalog.api.ItemInput;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.OrganisationRef;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.hotline.domain.CaseStatus;
import org.elbasar.hotline.domain.FollowUpAnswer;
import org.elbasar.hotline.domain.IntroductionStatus;
import org.elbasar.hotline.domain.NeedChannel;
import org.elbasar.hotline.domain.Side;
import org.elbasar.common.validation.DateWindow;

/** What the hotline API reads and writes. */
public final class HotlineViews {

    private HotlineViews() {
    }

    @Schema(name = "PersonRef")
    public record PersonRef(UUID id, String name) {
    }

    @Schema(name = "NeedInput", description = "A need received by an animator, typed in on behalf of a member organisation")
    public record NeedInput(
            @NotNull @Schema(description = "The organisation that expressed the need") UUID organisationId,
            @Schema(description = "The person of that organisation who asked; its first administrator if absent") UUID requestedBy,
            @NotNull @Schema(description = "How the need was received (PLATFORM is for needs members post themselves)") NeedChannel channel,
            @NotNull @Valid @Schema(description = "The request, published in the catalogue") ItemInput request) {
    }

    @Schema(name = "CaseSummary", description = "A need on the hotline board")
    public record CaseSummary(UUID requestId, String title, OrganisationRef organisation, CategoryRef category,
            ItemMode mode, CaseStatus status, NeedChannel channel, PersonRef assignee, LocalDate dueOn,
            Instant receivedAt, int introductions, Instant firstIntroductionAt,
            @Schema(description = "The partner platform that sent it (channel PARTNER)") String partner) {
    }

    @Schema(name = "PartnerOrigin", description = "A buyer's need a partner platform (Ceres) sent")
    public record PartnerOrigin(String partner, String buyerName, String buyerSiret, LocalDate deadline,
            @Schema(enumeration = { "UNDER_40K", "FROM_40K_TO_90K", "FROM_90K_TO_221K", "OVER_221K", "UNKNOWN" }) String amountBracket,
            @Schema(description = "The need on the partner's site") String link) {
    }

    @Schema(name = "CaseNote")
    public record CaseNote(UUID id, PersonRef author, String text, Instant createdAt) {
    }

    @Schema(name = "CaseDetail", description = "A need with what the hotline did about it")
    public record CaseDetail(CaseSummary summary, String description, LocalDate neededBy, PersonRef requestedBy,
            PersonRef enteredBy, PartnerOrigin origin, List<CaseNote> notes, List<IntroductionView> introductions) {
    }

    @Schema(name = "CaseUpdate", description = "The case as the animator leaves it: status, who handles it, by when")
    public record CaseUpdate(@NotNull CaseStatus status, UUID assigneeId, @DateWindow(past = "P1Y", future = "P5Y") LocalDate dueOn) {
    }

    @Schema(name = "NoteInput")
    public record NoteInput(@NotBlank @Size(max = 4000) String text) {
    }

    @Schema(name = "HotlineFigures", description = "The hotline's month, for the top of the board")
    public record HotlineFigures(@Schema(examples = "2026-11") String month, long needsReceived,
            @Schema(description = "Share of the month's needs with at least one introduction, 0 to 1") double shareIntroduced,
            @Schema(description = "Median hours from a need to its first introduction; null without any") Double medianHoursToFirstIntroduction,
            @Schema(description = "Share of the month's needs resolved, 0 to 1") double shareResolved) {
    }

    @Schema(name = "Reason", description = "Why a suggestion was made: a stable code and its text in the caller's language")
    public record Reason(@Schema(examples = "SAME_CATEGORY") String code, String text,
            @Schema(description = "What the reason adds to the score (relevance). 0 for what the organisations did before "
                    + "(EXCHANGED_TOGETHER, EXCHANGES_IN_CATEGORY, RESPONSIVE, UNRESPONSIVE): it only orders suggestions of equal score") int points) {
    }

    @Schema(name = "SuggestionKind")
    public enum SuggestionKind { OFFER, ORGANISATION }

    @Schema(name = "OfferRef")
    public record OfferRef(UUID id, String title, ItemMode mode, CategoryRef category) {
    }

    @Schema(name = "Suggestion", description = "An offer, or an organisation without a matching offer, that could meet the need")
    public record Suggestion(SuggestionKind kind, OfferRef offer, OrganisationRef organisation,
            @Schema(description = "Relevance, the sum of the reasons' points; the list is best first, and equal scores are "
                    + "ordered by what the organisations did before") int score,
            List<Reason> reasons) {
    }

    @Schema(name = "RequestRef")
    public record RequestRef(UUID id, String title, OrganisationRef organisation) {
    }

    @Schema(name = "OfferMatch", description = "An offer published lately that could meet an open request")
    public record OfferMatch(OfferRef offer, OrganisationRef provider, RequestRef request, int score, Instant foundAt) {
    }

    @Schema(name = "IntroductionInput", description = """
            An animator introduces the organisation of a request (requestId) to a provider (providerOrganisationId,
            or the organisation of offerId). A member contacts the organisation of another organisation's offer
            (offerId: the member's organisation is the requester) or request (requestId: it is the provider).""")
    public record IntroductionInput(UUID requestId, UUID offerId, UUID providerOrganisationId,
            @NotBlank @Size(max = 2000) String message) {
    }

    @Schema(name = "Party", description = "One side of an introduction, with its contact (seen by the parties and animators)")
    public record Party(OrganisationRef organisation, String contactName, String email, String phone) {
    }

    @Schema(name = "FollowUpAnswerView")
    public record AnswerView(Side side, FollowUpAnswer answer, Instant answeredAt) {
    }

    @Schema(name = "Introduction")
    public record IntroductionView(UUID id, IntroductionStatus status, RequestRef request, OfferRef offer,
            Party requester, Party provider, PersonRef createdBy, String message, Instant createdAt,
            Instant respondedAt, Instant outcomeAt, List<AnswerView> answers,
            @Schema(description = "Staff only: waiting too long for an answer or an outcome") boolean needsNudge) {
    }

    @Schema(name = "OutcomeInput")
    public record OutcomeInput(@NotNull @Schema(enumeration = { "EXCHANGE_MADE", "NO_FOLLOW_UP" }) IntroductionStatus outcome) {
    }

    @Schema(name = "FollowUp", description = "What a follow-up link is about, for the page that records the answer")
    public record FollowUpView(Side side, String requestTitle, String otherOrganisation, Instant introducedAt,
            FollowUpAnswer answer, Instant answeredAt,
            @Schema(description = "The introduction, to declare the exchange from it once signed in") UUID introductionId) {
    }

    @Schema(name = "FollowUpAnswerInput")
    public record FollowUpAnswerInput(@NotNull FollowUpAnswer answer) {
    }
}
