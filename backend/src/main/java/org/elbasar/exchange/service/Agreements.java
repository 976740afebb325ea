package org.elbasar.exchange.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.api.Messages;
import org.elbasar.common.service.Caller;
import org.elbasar.exchange.api.ExchangeViews.Acceptance;
import org.elbasar.exchange.api.ExchangeViews.AgreementTerms;
import org.elbasar.exchange.api.ExchangeViews.AgreementView;
import org.elbasar.catalog.domain.ItemMode;
import org.elbasar.exchange.domain.CooperationAgreement;
import org.elbasar.exchange.domain.Exchange;
import org.elbasar.exchange.domain.ExchangeSide;
import org.elbasar.hotline.api.HotlineViews.PersonRef;
import org.elbasar.member.domain.Organisation;

/**
 * Cooperation agreements: the text is built from the terms with the template of the drafter's language;
 * each side accepts the exact text it was shown (by its hash); once both have, the text is frozen.
 */
@ApplicationScoped
public class Agreements {

    private final Engine engine;
    private final Messages messages;
    private final ObjectMapper json;
    private final Clock clock;

    public Agreements(Engine engine, Messages messages, ObjectMapper json, Clock clock) {
        this.engine = engine;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    public AgreementView get(UUID exchangeId, Caller caller) {
        Exchanges.visible(exchangeId, caller);
        AgreementView found = find(exchangeId);
        if (found == null) {
            throw ApiException.notFound();
        }
        return found;
    }

    AgreementView find(UUID exchangeId) {
        CooperationAgreement agreement = CooperationAgreement.findById(exchangeId);
        return agreement == null ? null : view(agreement);
    }

    @Transactional
    public AgreementView draft(UUID exchangeId, AgreementTerms terms, Caller caller) {
        Exchange exchange = Exchanges.visible(exchangeId, caller);
        requireParty(exchange, caller);
        if (exchange.mode == ItemMode.EQUIPMENT_LOAN) {
            if (terms.responsibilities() == null || terms.responsibilities().isBlank()) {
                throw ApiException.invalid("responsibilities", "validation.required-for-loans");
            }
            if (terms.insurance() == null || terms.insurance().isBlank()) {
                throw ApiException.invalid("insurance", "validation.required-for-loans");
            }
        }
        CooperationAgreement agreement = CooperationAgreement.findById(exchangeId);
        if (agreement == null) {
            agreement = new CooperationAgreement();
            agreement.exchangeId = exchangeId;
        } else if (agreement.frozenAt != null) {
            throw new ApiException(Status.CONFLICT, "agreement-frozen");
        }
        agreement.terms = json.convertValue(terms, Map.class);
        agreement.text = text(exchange, terms, caller.locale());
        agreement.sha256 = sha256(agreement.text);
        agreement.draftedBy = caller.personId();
        agreement.draftedAt = clock.instant();
        agreement.providerAcceptedBy = null;
        agreement.providerAcceptedAt = null;
        agreement.beneficiaryAcceptedBy = null;
        agreement.beneficiaryAcceptedAt = null;
        agreement.persist();
        return view(agreement);
    }

    @Transactional
    public AgreementView accept(UUID exchangeId, String sha256, Caller caller) {
        Exchange exchange = Exchanges.visible(exchangeId, caller);
        ExchangeSide side = exchange.sideOf(caller.organisationId());
        if (side == null || !caller.has("MEMBER")) {
            throw ApiException.forbidden();
        }
        CooperationAgreement agreement = CooperationAgreement.findById(exchangeId);
        if (agreement == null) {
            throw ApiException.notFound();
        }
        if (agreement.frozenAt != null) {
            throw new ApiException(Status.CONFLICT, "agreement-frozen");
        }
        if (!agreement.sha256.equals(sha256)) {
            throw ApiException.conflict("agreement-changed", "sha256", "validation.agreement-changed");
        }
        agreement.accept(side, caller.personId(), clock.instant());
        return view(agreement);
    }

    /** Drafting is for the parties' members; animators help them but do not commit them. */
    private static void requireParty(Exchange exchange, Caller caller) {
        if (exchange.sideOf(caller.organisationId()) == null || !caller.has("MEMBER")) {
            throw ApiException.forbidden();
        }
    }

    private String text(Exchange exchange, AgreementTerms terms, Locale locale) {
        Locale language = Messages.supported(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        Organisation provider = Organisation.findById(exchange.providerId);
        Organisation beneficiary = Organisation.findById(exchange.beneficiaryId);
        return engine.getTemplate("agreement/cooperation.txt")
                .data("en", "en".equals(language.getLanguage()))
                .data("providerName", provider.name)
                .data("providerCommune", provider.commune.name)
                .data("beneficiaryName", beneficiary.name)
                .data("beneficiaryCommune", beneficiary.commune.name)
                .data("terms", terms)
                .data("startsOn", dates.format(terms.startsOn()))
                .data("exchangeMode", messages.get(language, "mode." + exchange.mode.name()))
                .data("exchangeDate", dates.format(exchange.occurredOn))
                .data("exchangeDescription", exchange.description)
                .render().strip() + "\n";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private AgreementView view(CooperationAgreement agreement) {
        return new AgreementView(json.convertValue(agreement.terms, AgreementTerms.class), agreement.text, agreement.sha256,
                person(agreement.draftedBy), agreement.draftedAt,
                agreement.providerAcceptedAt == null ? null : new Acceptance(person(agreement.providerAcceptedBy), agreement.providerAcceptedAt),
                agreement.beneficiaryAcceptedAt == null ? null
                        : new Acceptance(person(agreement.beneficiaryAcceptedBy), agreement.beneficiaryAcceptedAt),
                agreement.frozenAt);
    }

    static PersonRef person(UUID id) {
        Person person = id == null ? null : Person.findById(id);
        return person == null ? null : new PersonRef(person.id, person.firstName + " " + person.lastName);
    }
}
