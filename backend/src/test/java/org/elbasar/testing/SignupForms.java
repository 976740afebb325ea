package org.elbasar.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid sign-up body, as mutable maps so that tests can break one field. */
public final class SignupForms {

    private SignupForms() {
    }

    public static Map<String, Object> valid(String organisationName, String email) {
        Map<String, Object> person = new HashMap<>(Map.of(
                "firstName", "Camille", "lastName", "Durand", "email", email,
                "password", "Une-phrase-de-passe-solide", "locale", "fr"));
        Map<String, Object> organisation = new HashMap<>(Map.of(
                "name", organisationName, "legalForm", "ASSOCIATION", "communeId", "commune:59350",
                "sectorCodes", List.of("reuse", "integration"),
                "description", "Recyclerie associative : collecte, réparation et revente de meubles.",
                "activities", List.of("réparation de meubles", "collecte"),
                "contactEmail", "contact@" + email.substring(email.indexOf('@') + 1),
                "website", "https://recyclerie.example", "phone", "03 20 00 00 00"));
        Map<String, Object> form = new HashMap<>();
        form.put("person", person);
        form.put("organisation", organisation);
        form.put("charterVersion", 1);
        form.put("acceptCharter", true);
        return form;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> organisation(Map<String, Object> form) {
        return (Map<String, Object>) form.get("organisation");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> person(Map<String, Object> form) {
        return (Map<String, Object>) form.get("person");
    }
}
