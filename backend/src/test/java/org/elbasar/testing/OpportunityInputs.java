package org.elbasar.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Buyers' needs as the purchasing platform sends them. */
public final class OpportunityInputs {

    private OpportunityInputs() {
    }

    /** A catering need of the city of Roubaix, due in 30 days; {@code siret} may be null. */
    public static Map<String, Object> need(String title, String siret, String contactEmail) {
        Map<String, Object> buyer = new HashMap<>();
        buyer.put("name", "Ville de Roubaix");
        buyer.put("siret", siret);
        buyer.put("contactName", "Service des achats");
        buyer.put("contactEmail", contactEmail);
        Map<String, Object> need = new HashMap<>();
        need.put("title", title);
        need.put("description", "300 repas pour la fête de quartier, produits locaux.");
        need.put("categoryCode", "communication-design");
        need.put("mode", "SERVICE");
        need.put("communeId", "commune:59512");
        need.put("deadline", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30).toString());
        need.put("amountBracket", "UNDER_40K");
        need.put("buyer", buyer);
        need.put("link", "https://ceres.example/besoins/8841");
        return need;
    }
}
