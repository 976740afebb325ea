package org.elbasar.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.elbasar.member.domain.Organisation;

/** Exchange bodies as the SPA sends them. */
public final class ExchangeInputs {

    private ExchangeInputs() {
    }

    /** Hours of skills sponsorship given three days ago. */
    public static Map<String, Object> skillsSponsorship(Organisation provider, Organisation beneficiary, double hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerOrganisationId", provider.id);
        body.put("beneficiaryOrganisationId", beneficiary.id);
        body.put("mode", "SKILLS_SPONSORSHIP");
        body.put("occurredOn", LocalDate.now().minusDays(3).toString());
        body.put("description", "Accompagnement comptable de la trésorière");
        body.put("hours", hours);
        return body;
    }

    /** A loan of the provider's offer for two days, today. */
    public static Map<String, Object> equipmentLoan(Organisation provider, Organisation beneficiary, String offerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerOrganisationId", provider.id);
        body.put("beneficiaryOrganisationId", beneficiary.id);
        body.put("mode", "EQUIPMENT_LOAN");
        body.put("occurredOn", LocalDate.now().toString());
        body.put("description", "Prêt de matériel");
        body.put("offerId", offerId);
        body.put("days", 2);
        body.put("declaredValueEur", 800);
        return body;
    }
}
