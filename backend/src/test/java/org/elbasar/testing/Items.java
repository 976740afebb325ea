package org.elbasar.testing;

import java.util.HashMap;
import java.util.Map;

/** Item bodies and a shortcut to publish one through the API. */
public final class Items {

    private Items() {
    }

    /** A non-market equipment loan reaching the Métropole Européenne de Lille. */
    public static Map<String, Object> loan(String title, String description) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("description", description);
        item.put("categoryCode", "transport-vehicles");
        item.put("mode", "EQUIPMENT_LOAN");
        item.put("onQuote", false);
        item.put("indicativeValue", 30);
        item.put("reach", "EPCI");
        item.put("reachTerritoryId", "epci:200093201");
        item.put("availability", "Les week-ends");
        return item;
    }

    /** A market service with a price per hour, reaching the whole region. */
    public static Map<String, Object> service(String title, String description) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("description", description);
        item.put("categoryCode", "communication-design");
        item.put("mode", "SERVICE");
        item.put("price", 45);
        item.put("priceUnit", "HOUR");
        item.put("onQuote", false);
        item.put("reach", "REGION");
        return item;
    }

    /** Creates and publishes an item; returns its id. */
    public static String publish(String token, String kind, Map<String, Object> body) {
        String id = Api.as(token).body(body).post("/api/v1/" + kind).then().statusCode(201).extract().path("id");
        Api.as(token).post("/api/v1/" + kind + "/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
