package org.elbasar.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.elbasar.account.domain.Person;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.ExchangeInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic needs of the demo members and the offers an animator would put first, with why
 * (docs/matching.md lists them too). A change of MatchWeights that breaks one of these shows here.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class MatchingRankingTest {

    @Inject
    Fixtures fixtures;

    /** {@code first}: the best suggestion is one of these; {@code top3}: each of the three best is one of these. */
    record Case(String request, Set<String> first, Set<String> top3, String why) {
        @Override
        public String toString() {
            return request;
        }
    }

    static final Set<String> ROOMS_LENT = Set.of("Prêt de notre salle commune pour vos réunions",
            "Prêt de notre salle de conférence de 60 places", "Une salle de réunion offerte chaque mois aux jeunes associations",
            "Prêt de notre salle polyvalente en soirée", "Prêt de notre salle de réunion à Douai");
    static final Set<String> TRAILERS = Set.of("Prêt d'une remorque bâchée 750 kg", "Prêt d'une remorque fermée pour transporter des meubles",
            "Prêt d'une remorque plateau pour déchets verts", "Prêt d'une remorque porte-scooters", "Prêt d'une petite remorque 500 kg");
    static final Set<String> FURNITURE = Set.of("Meubles restaurés à prix solidaires", "Don de chaises et tables suite à notre réaménagement",
            "Don de mobilier de bureau suite à un déménagement", "Échange : meubles remis en état contre impression de flyers",
            "Mobilier de bureau de réemploi à petit prix");
    static final Set<String> CATERERS = Set.of("Traiteur bio pour vos assemblées générales", "Cocktails dînatoires pour vos événements",
            "Buffets solidaires pour vos événements", "Plateaux repas bio et locaux", "Plateaux repas livrés à Amiens");
    static final Set<String> ACCOUNTING_ADVICE = Set.of("Tenue de la comptabilité associative",
            "Conseil financier aux porteurs de projets de l'ESS", "Des bénévoles banquiers pour votre plan de financement",
            "Aide à la rédaction de dossiers de subvention", "Conseil juridique : statuts et gouvernance associative");
    static final Set<String> COMPUTERS = Set.of("Don d'ordinateurs de bureau reconditionnés", "Ordinateurs portables reconditionnés à prix solidaire");
    static final Set<String> VEHICLES_LENT = Set.of("Prêt d'une remorque bâchée 750 kg", "Prêt d'un vélo-cargo pour vos événements",
            "Prêt d'une remorque plateau pour déchets verts", "Prêt d'une petite remorque 500 kg", "Prêt d'un minibus 9 places le week-end");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Recherche le prêt d'une salle pour notre comité d'engagement", Set.of(), ROOMS_LENT,
                        "a room lent for free: same category, \"salle\" and \"prêt\" in common, a non-market loan like the need"),
                new Case("Recherche le prêt d'une salle de formation de 20 places à Calais",
                        Set.of("Prêt de notre salle polyvalente en soirée", "Prêt de notre salle de conférence de 60 places"), ROOMS_LENT,
                        "rooms lent in the Pas-de-Calais (Arras) come before those further away"),
                new Case("Recherche une remorque pour la collecte textile du mois", Set.of(), TRAILERS,
                        "trailers lent: same category and \"remorque\"; the bigger ones share \"kg\" and \"collecte\""),
                new Case("Recherche un intervenant théâtre pour les vacances scolaires", Set.of("Ateliers théâtre pour vos publics"), Set.of(),
                        "the theatre company: \"théâtre\", \"comédien\", \"compagnie\" in common, same département, paid like the need"),
                new Case("Recherche surplus de légumes frais", Set.of("Surplus de légumes pour les épiceries solidaires"), Set.of(),
                        "surplus vegetables given to grocery shops: \"surplus\" and \"légumes\", a donation like the need"),
                new Case("Recherche un accompagnement comptable de SCOP", Set.of("Tenue de la comptabilité associative"), ACCOUNTING_ADVICE,
                        "bookkeeping by a nearby advice cooperative, then the other financial and legal advice"),
                new Case("Recherche un vidéaste pour un film sur nos fermes", Set.of("Réalisation de vidéos pour les associations"), Set.of(),
                        "the video maker: same category, \"tournage\", a paid service like the need"),
                new Case("Recherche mécénat de compétences en graphisme pour un guide",
                        Set.of("Mécénat de compétences : une identité visuelle offerte"),
                        Set.of("Mécénat de compétences : une identité visuelle offerte", "Mécénat de compétences : un podcast pour votre projet",
                                "Conception graphique de vos supports de communication"),
                        "graphic design offered as skills sponsorship matches category, words and mode"),
                new Case("Recherche conseil juridique sur les marchés publics", Set.of("Conseil juridique : statuts et gouvernance associative"),
                        Set.of(), "the only legal advice offer: \"conseil juridique\" and the same category"),
                new Case("Recherche conseil juridique sur nos statuts de SCIC", Set.of("Conseil juridique : statuts et gouvernance associative"),
                        Set.of(), "legal advice on statutes: \"conseil\", \"juridique\", \"statuts\""),
                new Case("Recherche traiteur local pour notre assemblée générale", Set.of("Traiteur bio pour vos assemblées générales"),
                        CATERERS, "the caterer for general assemblies, then the other caterers"),
                new Case("Recherche dons de tissus et de fils", Set.of("Don de coupons de tissu pour vos ateliers"), Set.of(),
                        "fabric given away: same category, \"tissu\", a donation"),
                new Case("Recherche un coursier à vélo pour nos livraisons lilloises", Set.of("Livraison du dernier kilomètre en vélo-cargo"),
                        Set.of(), "cargo-bike delivery in the same EPCI: \"vélo\", \"livraisons\", \"métropole\""),
                new Case("Recherche un livreur à vélo pour nos plateaux repas", Set.of("Livraison du dernier kilomètre en vélo-cargo"),
                        Set.of(), "the same cargo-bike delivery for meal trays"),
                new Case("Recherche légumes bio locaux en volume", Set.of("Paniers de légumes bio de saison"),
                        Set.of("Paniers de légumes bio de saison", "Surplus de légumes pour les épiceries solidaires",
                                "Échange de plants de légumes contre du compost"),
                        "the organic vegetable garden of the same EPCI, which sells like the need asks"),
                new Case("Recherche mobilier pour un nouveau logement partagé", Set.of(), FURNITURE,
                        "furniture, restored or given: same category and \"mobilier\", \"table\""),
                new Case("Recherche dons de meubles anciens à restaurer", Set.of(), FURNITURE,
                        "furniture given away first (a donation like the need), then furniture exchanged"),
                new Case("Recherche ordinateurs pour l'aide aux devoirs", COMPUTERS, Set.of(),
                        "refurbished computers: same category and \"ordinateurs\""),
                new Case("Recherche un utilitaire pour livrer nos paniers", Set.of(), VEHICLES_LENT,
                        "vehicles lent, those of the same EPCI first"),
                new Case("Recherche animateurs pour notre forum santé", Set.of("Des animateurs pour vos fêtes de quartier"),
                        Set.of("Des animateurs pour vos fêtes de quartier", "Prêt de jeux de société et de jeux en bois",
                                "Ateliers de prévention santé offerts aux adolescents"),
                        "the youth centre next door lends its animators; its health workshops share \"santé\""));
    }

    @org.junit.jupiter.api.Test
    void requestsLoadedBeforeTheHotlineListenedAreOnTheBoard() {
        String animator = fixtures.token(Person.findByEmail("animation@elbasar.test").orElseThrow());
        long demoRequests = CatalogItem.count("kind = ?1 and publishedAt is not null", org.elbasar.catalog.domain.ItemKind.REQUEST);
        Api.as(animator).get("/api/v1/hotline/cases").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo((int) demoRequests));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theOffersAnAnimatorWouldPickComeFirst(Case expected) {
        UUID requestId = CatalogItem.<CatalogItem>find("title", expected.request()).firstResult().id;
        List<Map<String, Object>> offers = offersSuggestedFor(requestId.toString());
        List<String> titles = offers.stream().map(s -> (String) ((Map<?, ?>) s.get("offer")).get("title")).toList();
        // an empty or short list must fail the case, not pass it
        assertTrue(titles.size() >= 3, expected.why() + ": only " + titles + " suggested");
        if (!expected.first().isEmpty()) {
            assertTrue(expected.first().contains(titles.get(0)), expected.why() + ": first was " + titles.get(0));
        }
        if (!expected.top3().isEmpty()) {
            assertTrue(expected.top3().containsAll(titles.subList(0, 3)), expected.why() + ": top 3 were " + titles.subList(0, 3));
        }
    }

    /**
     * Issue 20: a newcomer's van ranked tenth, below nine offers of a busy organisation that shared
     * no word with the need but had exchanged with the requester before. Relevance comes first;
     * history only orders the busy organisation's offers among themselves, and three of them at
     * most are listed.
     */
    @org.junit.jupiter.api.Test
    void aNewcomersRelevantOfferOutranksTheLooselyRelatedOffersOfABusyPartner() {
        Organisation requester = fixtures.activeOrganisation();
        Organisation busy = fixtures.activeOrganisation();
        Organisation newcomer = fixtures.activeOrganisation();
        String asker = fixtures.token(fixtures.member(requester.id));
        String busyMember = fixtures.token(fixtures.member(busy.id));
        String newcomerMember = fixtures.token(fixtures.member(newcomer.id));
        String requestId = Items.publish(asker, "requests", Items.loan("Besoin d'une camionnette pour déménager des meubles",
                "Notre local change d'adresse : il nous faut de quoi transporter tables, chaises et armoires un samedi."));
        Map<String, String> published = new HashMap<>();
        for (String title : List.of("Prêt d'une remorque bâchée", "Prêt d'une remorque plateau", "Prêt d'une remorque de vélo",
                "Prêt d'un porte-vélos d'attelage", "Prêt d'un vélo-cargo biporteur", "Prêt d'un vélo-cargo triporteur",
                "Prêt d'un vélo-cargo électrique", "Prêt d'un tricycle de livraison", "Prêt d'un vélo à assistance électrique")) {
            published.put(Items.publish(busyMember, "offers", Items.loan(title, "Disponible sur réservation.")), busyMember);
        }
        String van = Items.publish(newcomerMember, "offers", Items.loan("Prêt d'un utilitaire de 12 m³",
                "Une camionnette de 12 m³ pour vos déménagements, prêtée avec un diable."));
        String lentBefore = published.keySet().iterator().next();
        published.put(van, newcomerMember);
        try {
            for (int i = 0; i < 3; i++) {
                exchangedBefore(busy, busyMember, requester, asker, lentBefore);
            }
            List<Map<String, Object>> offers = offersSuggestedFor(requestId);
            assertEquals(van, ((Map<?, ?>) offers.get(0).get("offer")).get("id"), "the van first: " + offers);
            List<Map<String, Object>> busyOffers = offers.stream()
                    .filter(o -> busy.id.toString().equals(((Map<?, ?>) o.get("organisation")).get("id"))).toList();
            assertEquals(3, busyOffers.size(), "three of the busy partner's nine offers: " + offers);
            for (Map<String, Object> offer : busyOffers) {
                assertTrue(((List<?>) offer.get("reasons")).contains(Map.of("code", "EXCHANGED_TOGETHER",
                        "text", "Vous avez déjà échangé ensemble (3 fois)", "points", 0)), "history told, without points: " + offer);
            }
        } finally {
            withdraw(published);
        }
    }

    /** Two offers as relevant as each other: the one of a partner the requester exchanged with comes first. */
    @org.junit.jupiter.api.Test
    void historyOrdersOffersOfEqualRelevance() {
        Organisation requester = fixtures.activeOrganisation();
        // without history, the order of names would put the newcomer first
        Organisation newcomer = fixtures.organisation("Aa " + Fixtures.unique("nouveau"), OrganisationStatus.ACTIVE, "commune:59350");
        Organisation partner = fixtures.organisation("Zz " + Fixtures.unique("partenaire"), OrganisationStatus.ACTIVE, "commune:59350");
        String asker = fixtures.token(fixtures.member(requester.id));
        String newcomerMember = fixtures.token(fixtures.member(newcomer.id));
        String partnerMember = fixtures.token(fixtures.member(partner.id));
        String word = "gyropode" + Fixtures.unique("").replaceAll("[^a-z0-9]", "");
        String requestId = Items.publish(asker, "requests", Items.loan("Besoin d'un " + word, "Pour une journée."));
        String newcomersOffer = Items.publish(newcomerMember, "offers", Items.loan("Prêt d'un " + word, "Disponible."));
        String partnersOffer = Items.publish(partnerMember, "offers", Items.loan("Prêt d'un " + word, "Disponible."));
        try {
            exchangedBefore(partner, partnerMember, requester, asker, partnersOffer);
            List<Map<String, Object>> offers = offersSuggestedFor(requestId);
            // the two offers head the list: their word is found nowhere else
            assertEquals(List.of(partnersOffer, newcomersOffer),
                    offers.stream().limit(2).map(o -> ((Map<?, ?>) o.get("offer")).get("id")).toList(), "the partner first: " + offers);
            assertEquals(offers.get(0).get("score"), offers.get(1).get("score"), "as relevant as each other: " + offers);
        } finally {
            withdraw(Map.of(newcomersOffer, newcomerMember, partnersOffer, partnerMember));
        }
    }

    private List<Map<String, Object>> offersSuggestedFor(String requestId) {
        String animator = fixtures.token(Person.findByEmail("animation@elbasar.test").orElseThrow());
        return Api.as(animator).get("/api/v1/requests/" + requestId + "/suggestions").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'OFFER' }");
    }

    /** A loan of {@code offerId} the beneficiary confirmed. */
    private static void exchangedBefore(Organisation provider, String providerMember, Organisation beneficiary, String beneficiaryMember,
            String offerId) {
        String id = Api.as(providerMember).body(ExchangeInputs.equipmentLoan(provider, beneficiary, offerId)).post("/api/v1/exchanges")
                .then().statusCode(201).extract().path("id");
        Api.as(beneficiaryMember).post("/api/v1/exchanges/" + id + "/confirm").then().statusCode(200);
    }

    /** So that the demo cases only meet the demo catalogue, whatever the order of the tests. */
    private static void withdraw(Map<String, String> offersAndTheirMembers) {
        offersAndTheirMembers.forEach((id, member) -> Api.as(member).post("/api/v1/offers/" + id + "/withdraw").then().statusCode(200));
    }
}
