package org.elbasar.testing;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** Event bodies as the SPA sends them: local Paris times. */
public final class EventInputs {

    private EventInputs() {
    }

    public static Map<String, Object> apero(LocalDateTime start, Integer capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "APERO");
        body.put("title", Fixtures.unique("Apéro du réseau"));
        body.put("description", "On se retrouve pour parler de nos besoins et de nos offres.");
        body.put("territoryId", "commune:59350");
        body.put("venue", "La Ressourcerie, 12 rue Solférino, Lille");
        body.put("start", start.toString());
        body.put("end", start.plusHours(2).toString());
        body.put("capacity", capacity);
        return body;
    }
}
