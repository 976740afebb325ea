package org.elbasar.hotline;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A platform started on its own database with the demo members and catalogue. */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("elbasar.demo-data.enabled", "true");
    }
}
