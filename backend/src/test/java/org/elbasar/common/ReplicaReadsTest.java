package org.elbasar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.elbasar.member.domain.Organisation;
import org.elbasar.account.domain.Person;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Sql;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * With a read replica configured (here the test database itself, reached through the read datasource),
 * the reads that tolerate lag go to it, a member's writes are noted for their next reads, and a replica
 * that fails costs no answer. The lag itself is exercised by the cluster test (`make cluster-test`),
 * whose standby replays the primary late on purpose.
 */
@QuarkusTest
@TestProfile(ReplicaReadsTest.WithReplica.class)
// the failure leaves the replica alone for a few seconds: last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.read.jdbc.url", "${quarkus.datasource.jdbc.url}",
                    "quarkus.datasource.read.username", "${quarkus.datasource.username}",
                    "quarkus.datasource.read.password", "${quarkus.datasource.password}");
        }
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Sql sql;

    @Inject
    MeterRegistry meters;

    private double reads(String on) {
        return meters.counter("elbasar.reads", "on", on).count();
    }

    @Test
    void searchesTheDirectoryFeedsAndImpactReadFromTheReplica() {
        double before = reads("replica");
        Api.anonymous().get("/api/v1/offers?q=remorque").then().statusCode(200);
        Api.anonymous().get("/api/v1/organisations?q=atelier").then().statusCode(200);
        given().accept("application/rss+xml").get("/api/v1/feeds/offers.rss").then().statusCode(200);
        String member = fixtures.token(fixtures.member(fixtures.activeOrganisation().id));
        Api.as(member).get("/api/v1/impact/network").then().statusCode(200);
        assertEquals(before + 4, reads("replica"));
    }

    @Test
    void aMembersWriteIsNotedAndTheirNewOfferIsInTheirNextSearch() {
        Organisation organisation = fixtures.activeOrganisation();
        Person member = fixtures.member(organisation.id);
        String token = fixtures.token(member);
        String title = "Broyeur de végétaux " + Fixtures.unique("b");
        String id = Items.publish(token, "offers", Items.loan(title, "Broyeur thermique, à prêter le week-end."));

        List<Object> noted = sql.list("SELECT lsn FROM recent_write WHERE person_id = :person", Map.of("person", member.id));
        assertEquals(1, noted.size(), "the member's write is noted with the primary's WAL position");
        double before = reads("replica");
        Api.as(token).get("/api/v1/offers?q=" + title.split(" ")[0]).then().statusCode(200).body("items.id", hasItem(id));
        assertEquals(before + 1, reads("replica"), "caught up (the same server): the member's search ran on the replica");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aReplicaThatFailsCostsNoAnswerAndIsLeftAloneAWhile() {
        Api.anonymous().get("/api/v1/offers?q=velo").then().statusCode(200);
        // the replica's connections die under the pool, as when the standby stops
        sql.list("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'elbasar-read'");
        double failedOver = reads("primary-after-replica-failure");
        double onPrimary = reads("primary");

        Api.anonymous().get("/api/v1/offers?q=velo").then().statusCode(200);
        Api.anonymous().get("/api/v1/organisations?q=velo").then().statusCode(200);

        assertEquals(failedOver + 1, reads("primary-after-replica-failure"), "the read that met the failure was done again on the primary");
        assertTrue(reads("primary") >= onPrimary + 1, "the next read went to the primary without trying the replica");
    }
}
