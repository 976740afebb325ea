package org.elbasar.common.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock, injectable so that tests can move time (expiries, throttling windows). */
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(PARIS);
    }
}
