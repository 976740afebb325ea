package org.elbasar.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest shares one embedded PostgreSQL and one key pair. */
@QuarkusTestResource(value = EmbeddedServices.class, restrictToAnnotatedClass = false)
public final class ElbasarTest {

    private ElbasarTest() {
    }
}
