-- elBasar large-scale data generator: fictional organisations, people, offers and requests.
--
--   psql -v ON_ERROR_STOP=1 -v scale=1 -f bench/generate.sql "$DATABASE_URL"
--
-- Needs a database migrated with the Flyway migrations (V1..V9: territories, members, catalogue, exchanges, events).
-- scale=1 (the default) inserts 10,000 active organisations (1 to 3 sectors each, one or two
-- people each, the charter accepted by the first), 100,000 offers, 30,000 requests and 1,000,000
-- exchanges between regular partners over three years (with their impact rollups), 2,000 convivial events with
-- their registrations; every
-- count is multiplied by scale (scale=0.02: 200, 2,000 and 600). Optional variables: seed (a
-- number between -1 and 1 for setseed, default 0.42), now (the moment the data is generated
-- around, default the current time) and exchanges (their number, default 1,000,000 * scale).
--
-- Same seed and same scale give the same rows (ids, names, texts, categories...; dates move with
-- `now`): every random draw is taken in one materialised pass over generate_series, in order,
-- and everything else is computed from those draws.
--
-- Text is French, built from templates and word lists (the "vocabulary" block below). Within
-- each list, earlier words are drawn more often, with Zipf-like frequencies (rank k drawn with
-- probability about 1/k), so a search finds thousands of items for the common words and a few
-- tens for the rare ones. Communes are drawn by population (70%) or uniformly (30%), so big
-- towns hold many organisations and villages a few. Items: 90% PUBLISHED (5% of those past
-- their expiry, not yet swept; 0.4% hidden by moderation), the rest DRAFT, WITHDRAWN,
-- FULFILLED, EXPIRED; published within the last year; a few organisations publish hundreds of
-- items, most a handful, 10% none.
--
-- Generated rows never collide with real ones: ids are md5-based UUIDs of 'elbasar-bench:...'
-- names, emails end in @bench.example, SIRETs start with 99 and are left out if already taken.
-- The script refuses to run twice on the same database. Triggers run as usual, so every
-- organisation.search_vector and catalog_item.search_vector is computed by the schema's own code.
-- Every bench person has the password Bench-elbasar-2026! (a real argon2id hash, so the
-- benchmark can sign in as any of them: bench-<n>@bench.example is the admin of organisation n,
-- bench-<n>-2@bench.example the second person when there is one).

\set ON_ERROR_STOP 1
\if :{?scale}
\else
  \set scale 1
\endif
\if :{?seed}
\else
  \set seed 0.42
\endif
\if :{?now}
\else
  \set now ''
\endif
-- exchanges: their number when it should not follow scale (BENCH_SCALE=large caps it to keep generation tractable)
\if :{?exchanges}
\else
  \set exchanges ''
\endif

SET client_min_messages = warning;

SELECT greatest(1, round(10000 * (:scale)::numeric))::int AS bench_orgs,
       round(100000 * (:scale)::numeric)::int AS bench_offers,
       round(30000 * (:scale)::numeric)::int AS bench_requests,
       coalesce(nullif(:'exchanges', '')::int, round(1000000 * (:scale)::numeric)::int) AS bench_exchanges,
       coalesce(nullif(:'now', '')::timestamptz, now()) AS bench_now
\gset
\echo elBasar bench data: :bench_orgs organisations, :bench_offers offers, :bench_requests requests, :bench_exchanges exchanges (seed :seed, around :bench_now)

BEGIN;
SET LOCAL work_mem = '64MB';
-- JIT would spend seconds compiling the long text expressions below and save nothing.
SET LOCAL jit = off;
SELECT setseed(:seed) \g /dev/null

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM person WHERE email LIKE '%@bench.example')
     OR EXISTS (SELECT 1 FROM organisation WHERE contact_email LIKE '%@bench.example') THEN
    RAISE EXCEPTION 'this database already holds bench data (emails @bench.example): generate into a fresh database';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM territory WHERE id = 'region:32') THEN
    RAISE EXCEPTION 'no territories: migrate the database first (V1__territories.sql...)';
  END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Helpers (temporary: they vanish with the session)
-- ---------------------------------------------------------------------------------------------

-- The fractional part: (v * prime) mod 1 turns one uniform draw into several independent-looking ones.
CREATE FUNCTION pg_temp.fr(x float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$ SELECT x - floor(x) $$;

-- A rank between 1 and n with probability about 1/k (Zipf, s = 1): floor((n + 1) ^ u).
CREATE FUNCTION pg_temp.zipf(n int, u float8) RETURNS int LANGUAGE sql IMMUTABLE AS
$$ SELECT least(n, floor(exp(u * ln(n + 1)))::int) $$;

-- A word of a list: Zipf-weighted by its rank, or uniformly.
CREATE FUNCTION pg_temp.pick_z(words text[], u float8) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT words[pg_temp.zipf(cardinality(words), u)] $$;
CREATE FUNCTION pg_temp.pick_u(words text[], u float8) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT words[1 + least(cardinality(words) - 1, floor(u * cardinality(words))::int)] $$;

-- The phrase without its article: 'une remorque bâchée' -> 'remorque bâchée'.
CREATE FUNCTION pg_temp.bare(phrase text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(phrase, '^(un |une |des |du |de la |de l''|l''|le |la |les )', '') $$;

CREATE FUNCTION pg_temp.capitalise(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT upper(left(t, 1)) || substr(t, 2) $$;

-- French contractions that templates cannot know in advance: 'de des tables' -> 'de tables',
-- 'de Le Portel' -> 'du Portel', 'à Le Touquet' -> 'au Touquet', 'de une' -> 'd''une'.
CREATE FUNCTION pg_temp.fix_fr(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT regexp_replace(regexp_replace(
     replace(replace(replace(replace(replace(replace(replace(replace(t,
       ' de Les ', ' des '), ' de Le ', ' du '), ' à Les ', ' aux '), ' à Le ', ' au '),
       ' de les ', ' des '), ' de le ', ' du '), ' à les ', ' aux '), ' à le ', ' au '),
     '(^|[ ,:;(''])([dD])e (des |du |de la |de l'')', '\1\2e ', 'g'),
     '(^|[ ,:;(''])([dD]|[qQ]u)e ([aeiouyàâéèêëîïôûœAEIOUYÀÂÉÈÊÎÔŒ])', '\1\2''\3', 'g') $$;

-- ---------------------------------------------------------------------------------------------
-- Vocabulary: "key = item | item | ..." (continuation lines start with spaces; # comments).
-- Earlier items of a list are drawn more often. Keys:
--   obj:<category>, qual:<category>, modes:<category>  what each leaf category offers or asks for
--     (modes: one letter per draw: S SALE, V SERVICE, A ADVICE, H HELPING_HAND,
--      K SKILLS_SPONSORSHIP, L EQUIPMENT_LOAN, D DONATION, B BARTER)
--   weight:<sector>, types:<sector>, acts:<sector>, leaves:<sector>  organisations of a sector:
--     how common, what they are called, what they do, which categories they mostly publish in
--   pays:<département code>  natural regions, for organisation names
--   title:<kind>:<mode>  title patterns (%s: the object without its article)
--   open:<kind>:<mode>, body:<kind>, open:ORG, body:ORG  sentence templates of descriptions
--     ({slot}s are filled by fill() below)
--   the rest: shared lists for names and templates
-- ---------------------------------------------------------------------------------------------

CREATE TEMP TABLE bench_words (list text PRIMARY KEY, words text[] NOT NULL) ON COMMIT DROP;

INSERT INTO bench_words (list, words)
SELECT key, ARRAY(SELECT btrim(w) FROM unnest(string_to_array(value, '|')) WITH ORDINALITY AS t(w, o)
                  WHERE btrim(w) <> '' ORDER BY o)
FROM (SELECT btrim(split_part(entry, '=', 1)) AS key,
             regexp_replace(substr(entry, strpos(entry, '=') + 1), '\s+', ' ', 'g') AS value
      FROM regexp_split_to_table($vocabulary$
# ---- Categories: objects (with their article), qualifiers, modes ----
obj:food-catering = un buffet froid | un plateau-repas | un cocktail dînatoire | des repas pour séminaire
  | un buffet végétarien | un petit-déjeuner d'accueil | des pâtisseries maison | un apéritif dînatoire
  | des repas livrés | un brunch solidaire | un goûter pour enfants | des paniers pique-nique
  | une soupe de saison | des verrines | un repas de fête | des crêpes pour un événement
qual:food-catering = produits locaux | fait maison | bio et de saison | pour 50 personnes | pour 20 à 200 couverts
  | options végétariennes | cuisiné par des salariés en insertion | zéro déchet | livré sur place | sans gluten possible
modes:food-catering = VVVVVVSSHDB
obj:food-produce = des légumes de saison | des paniers de légumes bio | des pommes de terre | du miel local
  | des œufs de poules plein air | des pommes | du pain au levain | des jus de pommes | des endives
  | des conserves de légumes | de la farine de blé | des fromages fermiers | des confitures artisanales
  | de la bière artisanale | des invendus alimentaires | des poireaux | des fruits rouges | du lait cru
  | des fruits abîmés pour transformation | des plants de tomates
qual:food-produce = en circuit court | agriculture biologique | récolte du jour | au kilo | par caisse de 10 kg
  | cultivés en insertion | de la ferme | invendus à sauver | label AB | origine Hauts-de-France
modes:food-produce = SSSSSSDDDBH
obj:food-kitchen = une cuisine professionnelle | un laboratoire de transformation | une chambre froide | un four mixte
  | un lave-vaisselle professionnel | une cuisine partagée | une cellule de refroidissement | un piano de cuisson
  | des bacs gastronormes | une sauteuse | un robot coupe | une trancheuse | un saloir
qual:food-kitchen = aux normes HACCP | à l'heure ou à la journée | avec plonge | en bon état | inox | équipée
  | entretien récent
modes:food-kitchen = LLLLLVVSSDB
obj:communication-design = un logo | une charte graphique | une affiche | un flyer | une plaquette de présentation
  | un rapport d'activité | une identité visuelle | des pictogrammes | une infographie | un kakémono
  | un dossier de presse | des illustrations
qual:communication-design = sur mesure | accessible FALC | écoconçu | livré en trois semaines | en deux propositions
  | fichiers sources fournis | style illustré
modes:communication-design = VVVVVAKKHB
obj:communication-print = des flyers | des affiches A3 | des cartes de visite | des brochures | des bâches imprimées
  | des t-shirts sérigraphiés | des autocollants | des tampons | des calendriers | des enveloppes personnalisées
  | des carnets en papier recyclé | des banderoles
qual:communication-print = papier recyclé | encres végétales | label Imprim'Vert | petites séries | en quadrichromie
  | délai 5 jours | format A5 | par 500 exemplaires
modes:communication-print = VVVVVSSDB
obj:communication-media = un reportage vidéo | une captation d'événement | des photos de portraits | un podcast
  | un film institutionnel | un montage vidéo | une émission de radio associative | un drone pour prises de vue
  | un atelier d'éducation aux médias | une couverture photo d'événement | des sous-titres | un micro-trottoir
qual:communication-media = montage inclus | format réseaux sociaux | avec sous-titrage | en 4K | droits cédés
  | tournage d'une journée
modes:communication-media = VVVVVAKKHBL
obj:training-management = une formation à la gouvernance associative | une formation à la comptabilité
  | un atelier de gestion de projet | une formation des administrateurs | une formation au management bienveillant
  | un module sur les marchés publics | une formation au modèle économique | un atelier sur la loi ESS
  | une formation à l'animation de réunion | une formation à la gestion des bénévoles
  | une formation au tableau de bord financier | un atelier sur la sociocratie
qual:training-management = en visioconférence | sur deux jours | en intra | éligible OPCO | certifiante
  | groupes de 12 personnes | organisme Qualiopi
modes:training-management = VVVVAAAKKH
obj:training-skills = une formation aux premiers secours | un atelier de couture | une initiation à la menuiserie
  | une formation à l'hygiène alimentaire | une formation au maraîchage | une formation à la réparation de vélos
  | une formation en informatique de base | une formation CACES | une initiation à la langue des signes
  | un atelier de cuisine anti-gaspillage | une formation à la soudure | une formation aux gestes et postures
  | une initiation à la permaculture | une formation à l'électricité
qual:training-skills = niveau débutant | pratique en atelier | pour salariés en insertion | avec attestation
  | en petits groupes | sur site | SST
modes:training-skills = VVVVAAKKH
obj:equipment-furniture = des tables pliantes | des chaises empilables | un bureau en bois | des armoires métalliques
  | des étagères | des fauteuils de bureau | une table de réunion | un canapé | des casiers | un comptoir d'accueil
  | des rayonnages | des tables de pique-nique | un meuble de rangement | des lits superposés | des tabourets
  | une bibliothèque
qual:equipment-furniture = en bon état | lot de 10 | à récupérer sur place | reconditionné | bois massif | état neuf
  | quelques rayures | démontable
modes:equipment-furniture = SSSDDDDLLB
obj:equipment-tools = une perceuse-visseuse | une scie circulaire | une ponceuse | un échafaudage | une bétonnière
  | une tondeuse | un taille-haie | une débroussailleuse | un nettoyeur haute pression | une caisse à outils
  | un établi | un poste à souder | un escabeau | un compresseur | une tronçonneuse | un broyeur de végétaux
  | une meuleuse
qual:equipment-tools = électrique sans fil | avec batteries | thermique | révisé | professionnel | avec notice
  | caution demandée
modes:equipment-tools = LLLLLLSSDB
obj:equipment-events = une sonorisation | un vidéoprojecteur | des barnums | une tente de réception
  | des grilles d'exposition | des tables de brasserie | un écran de projection | des projecteurs d'éclairage
  | une scène mobile | des micros sans fil | des gobelets réutilisables | des guirlandes lumineuses
  | des stands parapluie | un percolateur | une tireuse à bière | des chapiteaux
qual:equipment-events = sur réservation | 6 x 3 m | avec transport | pour 200 personnes | montage compris
  | caution de 200 € | 400 W
modes:equipment-events = LLLLLLVSDB
obj:equipment-it = des ordinateurs portables | des ordinateurs reconditionnés | des écrans | une imprimante laser
  | des tablettes | des claviers et souris | un serveur | des smartphones reconditionnés | un photocopieur
  | un routeur wifi | des disques durs | un scanner | des câbles réseau | une borne wifi
qual:equipment-it = effacés et reconditionnés | sous Linux | garantie 6 mois | lot de 5 | avec Windows 10
  | i5 8 Go | pour associations
modes:equipment-it = SSSSDDDLLB
obj:premises-rooms = une salle de réunion | une salle polyvalente | une salle de formation | un espace de coworking
  | une salle de réception | une salle avec cuisine | un tiers-lieu | une salle de danse | un amphithéâtre
  | une salle de sport | un auditorium | une salle d'exposition
qual:premises-rooms = 20 places | accessible PMR | avec vidéoprojecteur | 100 personnes | à l'heure | le week-end
  | en centre-ville | près de la gare
modes:premises-rooms = LLLLVVVVB
obj:premises-storage = un espace de stockage | un entrepôt | un garage | un box | une cave | un hangar
  | un local sécurisé | une chambre froide | un conteneur maritime | un grenier | un quai de chargement
qual:premises-storage = 50 m² | hors gel | accessible en camion | 200 m² | au mois | à l'année | sécurisé | temporaire
modes:premises-storage = LLLVVVB
obj:premises-offices = un bureau partagé | un poste de travail | un local associatif | un bureau fermé
  | un atelier partagé | un local commercial | une boutique éphémère | un espace de permanence
  | une domiciliation | un bureau en pépinière | une pièce de consultation
qual:premises-offices = à temps partiel | meublé | fibre optique | charges comprises | accès 7 j/7
  | en rez-de-chaussée | 2 jours par semaine
modes:premises-offices = VVVVLLLB
obj:transport-vehicles = une remorque bâchée | une camionnette | un utilitaire 12 m³ | une remorque plateau
  | un minibus 9 places | un vélo-cargo | un triporteur | une voiture électrique | un camion benne
  | une remorque frigorifique | un véhicule adapté PMR | une remorque porte-vélos | un chariot élévateur
  | une remorque
qual:transport-vehicles = 750 kg | permis B | avec attelage | à la journée | PTAC 3,5 t | électrique
  | kilométrage compris | assistance électrique
modes:transport-vehicles = LLLLLLSSVB
obj:transport-delivery = une livraison à vélo | une tournée de livraison | un déménagement | un transport de marchandises
  | une livraison du dernier kilomètre | une collecte de colis | un transport de palettes | une navette
  | un enlèvement d'encombrants | un coursier | une livraison de repas
qual:transport-delivery = en vélo-cargo | sur la métropole | zéro émission | le jour même | avec hayon | hebdomadaire
  | sur devis
modes:transport-delivery = VVVVVVHHB
obj:digital-web = un site web | un site vitrine | une boutique en ligne | une refonte de site | un site WordPress
  | une application mobile | un audit d'accessibilité | un référencement naturel | une newsletter
  | un formulaire d'adhésion en ligne | une billetterie en ligne | une carte interactive | un intranet
qual:digital-web = logiciel libre | accessible RGAA | responsive | hébergement éthique | écoconçu | maintenance incluse
  | formation à la prise en main
modes:digital-web = VVVVVAAKKB
obj:digital-support = une assistance informatique | une maintenance de parc | une sauvegarde des données
  | une installation de réseau | une migration vers le libre | une configuration de messagerie
  | une aide à la cybersécurité | un dépannage | une mise en conformité RGPD | une médiation numérique
  | un accompagnement aux démarches en ligne | une installation de logiciels
qual:digital-support = à distance | sur site | contrat annuel | intervention sous 48 h | pour petites structures
  | logiciels libres
modes:digital-support = VVVVAAKKHB
obj:advice-legal = un conseil juridique | une aide à la rédaction des statuts | un appui sur le droit du travail
  | une relecture de contrats | un accompagnement à la transformation en SCIC | une aide à l'agrément ESUS
  | une permanence juridique | un accompagnement sur la fiscalité associative | un conseil en propriété intellectuelle
  | une aide au rescrit fiscal | une aide à la modification des statuts
qual:advice-legal = par un juriste | spécialiste ESS | première consultation gratuite | en visioconférence
  | sous 15 jours
modes:advice-legal = AAAAAAKKKH
obj:advice-finance = un accompagnement comptable | une tenue de comptabilité | un prévisionnel financier
  | un diagnostic financier | un plan de trésorerie | un appui à la clôture des comptes | une aide au budget
  | un contrôle de gestion | une analyse des coûts | une aide à la paie | un commissariat aux comptes
qual:advice-finance = spécialisé associations | expert-comptable | mensuel | annuel | logiciel libre
modes:advice-finance = AAAAAVVVKKH
obj:advice-funding = une recherche de subventions | un dossier de demande de subvention | une aide au mécénat
  | une campagne de financement participatif | un dossier FSE+ | une veille sur les appels à projets
  | un accompagnement au DLA | une levée de fonds solidaire | un dossier France Active | une stratégie de mécénat
qual:advice-funding = appels à projets régionaux | fonds européens | pour projets d'innovation sociale
  | rémunéré au succès | taux de réussite élevé
modes:advice-funding = AAAAAKKKH
obj:advice-hr = un recrutement | une aide à la gestion des bénévoles | un accompagnement RH | une fiche de poste
  | un entretien professionnel | un plan de formation | une médiation | une aide au service civique
  | une prévention des risques psychosociaux | une mise à disposition de personnel | un groupement d'employeurs
  | une gestion de la paie
qual:advice-hr = pour petites associations | temps partagé | ponctuel | convention collective ECLAT | en insertion
modes:advice-hr = AAAAVVKKH
obj:events-organisation = une fête de quartier | une conférence | un forum | un festival | un salon | un séminaire
  | une journée portes ouvertes | un marché de Noël | une braderie | un repair café | une disco soupe
  | une soirée de gala
qual:events-organisation = clé en main | écoresponsable | avec bénévoles | pour 300 visiteurs | en plein air
  | un samedi
modes:events-organisation = VVVVVHHHAB
obj:events-animation = une animation pour enfants | un atelier créatif | un spectacle | un concert
  | une fresque du climat | une animation jeux de société | un atelier cuisine | un conteur | une batucada | un DJ
  | une ludothèque mobile | un atelier théâtre | un photobooth | une animation sportive
qual:events-animation = tout public | à partir de 6 ans | en extérieur | 1 h 30 | intergénérationnel | en musique
modes:events-animation = VVVVVHHHB
obj:cleaning-premises = un nettoyage de bureaux | un entretien de locaux | un nettoyage de vitres
  | un nettoyage après travaux | un nettoyage de salle après événement | une désinfection
  | un entretien de parties communes | un nettoyage de véhicules | une remise en état de logement
  | un nettoyage de cuisine professionnelle
qual:cleaning-premises = produits écolabellisés | hebdomadaire | ponctuel | par une entreprise adaptée | en soirée
  | devis gratuit
modes:cleaning-premises = VVVVVVVH
obj:cleaning-green = un entretien d'espaces verts | une taille de haies | une tonte de pelouse | un débroussaillage
  | un élagage | une création de jardin | un potager partagé | une plantation d'arbres | un désherbage manuel
  | un broyage de branches | un entretien de cimetière | un éco-pâturage
qual:cleaning-green = zéro phyto | chantier d'insertion | avec évacuation des déchets | gestion différenciée
  | au printemps | avec moutons
modes:cleaning-green = VVVVVVHHB
obj:cleaning-laundry = un lavage de linge | un repassage | une blanchisserie | un nettoyage de nappes
  | un lavage de tenues de travail | un pressing | un entretien de linge de maison | un lavage de draps
  | une location de linge
qual:cleaning-laundry = collecte et livraison | par un ESAT | au kilo | à la pièce | lessive écologique | sous 48 h
modes:cleaning-laundry = VVVVVVH
obj:building-renovation = des travaux de peinture | une rénovation de local | une pose de carrelage
  | un chantier participatif | une pose de parquet | des travaux de plâtrerie | une menuiserie sur mesure
  | une réparation de toiture | une mise en accessibilité | une démolition | une pose de cloisons
  | une rénovation de façade | une pose de papier peint
qual:building-renovation = chantier d'insertion | matériaux de réemploi | devis gratuit | garantie décennale
  | peinture écologique
modes:building-renovation = VVVVVVHHKB
obj:building-energy = une isolation des combles | un audit énergétique | une installation de panneaux solaires
  | une rénovation énergétique | un poêle à bois | une isolation en paille | une pompe à chaleur
  | un diagnostic thermique | une isolation en ouate de cellulose | des fenêtres double vitrage
  | une thermographie | un chauffe-eau solaire
qual:building-energy = matériaux biosourcés | certifié RGE | éligible MaPrimeRénov' | avec caméra thermique
  | coopérative citoyenne
modes:building-energy = VVVVAAAKS
obj:textile-sewing = des retouches | une confection sur mesure | des sacs en tissu | des rideaux
  | une réparation de vêtements | des tabliers | des costumes de spectacle | une machine à coudre | des tote bags
  | des trousses | des housses de coussin | des masques en tissu
qual:textile-sewing = tissus de récupération | fait main | en petite série | par un atelier d'insertion | brodé
modes:textile-sewing = VVVVSSSLDB
obj:textile-clothing = des vêtements de seconde main | des vêtements de travail | des draps | des couvertures
  | des vêtements pour enfants | des chaussures de sécurité | des manteaux d'hiver | du linge de lit
  | des serviettes | des uniformes | des chutes de tissu | des vêtements de sport
qual:textile-clothing = triés et lavés | toutes tailles | au kilo | en bon état | lot de 20 | pour maraudes
modes:textile-clothing = SSSDDDDDB
obj:reuse-collection = une collecte d'encombrants | des palettes | des cartons | une collecte de papiers
  | un tri de déchets | une collecte de textiles | une collecte de mobilier | une collecte de DEEE
  | un bac de compostage | une benne | une collecte de bouchons | une collecte de cartouches d'encre
  | un compost collectif
qual:reuse-collection = gratuit | sur rendez-vous | tous les mardis | valorisé localement
  | avec bordereau de suivi
modes:reuse-collection = VVVVDDDHHB
obj:reuse-repair = une réparation de vélos | une réparation d'électroménager | une réparation d'ordinateurs
  | un repair café | une réparation de meubles | une réparation de smartphones | un atelier d'autoréparation
  | une remise en état de machines à laver | une réparation de jouets | une réparation de petits appareils
  | un relooking de meubles
qual:reuse-repair = pièces de réemploi | diagnostic gratuit | garantie 3 mois | par des bénévoles | atelier partagé
modes:reuse-repair = VVVVVHHHAB
obj:care-wellbeing = un atelier de sophrologie | une séance de yoga | une prévention santé | un atelier nutrition
  | une activité physique adaptée | un dépistage | une sensibilisation aux addictions | un massage assis
  | un atelier sommeil | une médiation animale | un groupe de parole | une prévention des chutes
qual:care-wellbeing = pour salariés | pour seniors | en entreprise | séance d'une heure | par une infirmière
modes:care-wellbeing = VVVVVAAHH
obj:care-support = un accompagnement social | une aide aux démarches administratives | une aide à domicile
  | une garde d'enfants | un soutien scolaire | un accompagnement vers l'emploi | une aide alimentaire
  | un hébergement d'urgence | une écoute | un transport solidaire | une médiation familiale | un accueil de jour
  | un parrainage
qual:care-support = gratuit | pour familles | pour jeunes | pour seniors | confidentiel
  | pour personnes en situation de handicap
modes:care-support = VVVVHHHHAA

# ---- Sectors: weight, organisation types, activities, favourite categories ----
weight:food = 10
types:food = Épicerie solidaire | Restaurant d'insertion | Jardin de Cocagne | Traiteur solidaire | Cuisine partagée
  | Café associatif | AMAP | Banque alimentaire
acts:food = épicerie solidaire | restauration collective | paniers de légumes | traiteur | circuits courts
  | lutte contre le gaspillage alimentaire | cuisine pédagogique | distribution alimentaire
leaves:food = food-catering | food-produce | food-kitchen
weight:agriculture = 6
types:agriculture = Ferme pédagogique | Jardins partagés | Ferme d'insertion | Coopérative agricole | Maraîchers
  | Association de permaculture
acts:agriculture = maraîchage biologique | permaculture | jardins partagés | compostage | apiculture | agroforesterie
  | semences paysannes | éducation à l'environnement
leaves:agriculture = food-produce | cleaning-green | reuse-collection
weight:reuse = 10
types:reuse = Ressourcerie | Recyclerie | Atelier du réemploi | Repair Café | Matériauthèque | Bricothèque
  | Communauté Emmaüs
acts:reuse = collecte d'encombrants | réemploi de mobilier | boutique solidaire | réparation d'objets | tri des déchets
  | réemploi de matériaux | reconditionnement informatique | sensibilisation au zéro déchet
leaves:reuse = reuse-collection | reuse-repair | equipment-furniture | textile-clothing | equipment-it
weight:energy = 5
types:energy = Atelier vélo | Coopérative énergétique | Garage solidaire | Vélo-école | Énergies citoyennes
  | Centrale villageoise
acts:energy = réparation de vélos | mobilité douce | production d'énergie renouvelable | autopartage | garage solidaire
  | covoiturage | lutte contre la précarité énergétique
leaves:energy = transport-vehicles | building-energy | transport-delivery | reuse-repair
weight:housing = 5
types:housing = Compagnons bâtisseurs | Régie de quartier | Coopérative d'habitants | Bâtiment solidaire | Éco-construction
  | Habitat solidaire
acts:housing = autoréhabilitation accompagnée | rénovation énergétique | habitat participatif | logement d'insertion
  | éco-construction | chantiers participatifs
leaves:housing = building-renovation | building-energy | premises-storage | premises-offices
weight:integration = 12
types:integration = Chantier d'insertion | Entreprise d'insertion | Association intermédiaire | Atelier d'insertion
  | Groupement d'employeurs | Régie de territoire
acts:integration = insertion par l'activité économique | chantiers d'insertion | accompagnement vers l'emploi
  | mise à disposition de personnel | formation professionnelle | levée des freins à l'emploi
leaves:integration = cleaning-premises | cleaning-green | building-renovation | textile-sewing | transport-delivery
  | food-catering
weight:disability = 5
types:disability = ESAT | Entreprise adaptée | Atelier protégé | Service d'accompagnement | Foyer de vie
acts:disability = travail adapté | conditionnement | sous-traitance industrielle | blanchisserie
  | entretien d'espaces verts | accompagnement médico-social | restauration
leaves:disability = cleaning-premises | cleaning-laundry | communication-print | cleaning-green | food-catering
weight:health = 8
types:health = Centre social | Service d'aide à domicile | Maison de santé | Association de prévention | Mutuelle solidaire
  | Pension de famille
acts:health = aide à domicile | accompagnement social | prévention santé | lutte contre l'isolement | accueil de jour
  | santé mentale | soutien aux aidants
leaves:health = care-support | care-wellbeing | training-skills
weight:education = 9
types:education = Centre de formation | Association d'éducation populaire | Maison des jeunes | Ludothèque
  | École de la deuxième chance | Centre de loisirs | Réseau d'échanges de savoirs
acts:education = soutien scolaire | éducation populaire | formation des adultes | accueil de loisirs | alphabétisation
  | animation jeunesse | service civique
leaves:education = training-skills | training-management | events-animation | care-support
weight:culture = 9
types:culture = Compagnie de théâtre | Radio associative | Café culturel | Collectif d'artistes | Tiers-lieu culturel
  | Cinéma associatif | Fanfare | Médiathèque associative
acts:culture = spectacle vivant | éducation artistique | musiques actuelles | radio associative | arts plastiques
  | médiation culturelle | résidences d'artistes
leaves:culture = events-animation | events-organisation | communication-media | premises-rooms
weight:sport = 5
types:sport = Club sportif | Sport pour tous | Association de randonnée | Club de football | Club de boxe éducative
  | Salle d'escalade associative
acts:sport = sport santé | sport adapté | randonnée | football | sport en quartier | éducation par le sport
  | activités nautiques
leaves:sport = events-animation | equipment-events | care-wellbeing | premises-rooms
weight:digital = 4
types:digital = Fab lab | Espace public numérique | Collectif numérique | Coopérative du libre | Atelier numérique
acts:digital = médiation numérique | logiciels libres | inclusion numérique | fabrication numérique | développement web
  | reconditionnement d'ordinateurs | formation au numérique
leaves:digital = digital-web | digital-support | equipment-it | communication-design
weight:finance = 2
types:finance = Caisse solidaire | Club d'investisseurs solidaires | Mutuelle | Fonds de dotation | Microcrédit solidaire
acts:finance = finance solidaire | microcrédit | épargne solidaire | accompagnement budgétaire | assurance mutualiste
  | garantie de prêts
leaves:finance = advice-finance | advice-funding | training-management
weight:tourism = 3
types:tourism = Gîte solidaire | Auberge de jeunesse | Village vacances | Centre d'hébergement | Tourisme social
acts:tourism = tourisme social | hébergement de groupes | séjours adaptés | accueil de classes | randonnées guidées
  | restauration de groupes
leaves:tourism = premises-rooms | events-organisation | food-catering | transport-delivery
weight:textile = 3
types:textile = Atelier de couture | Fripe solidaire | Atelier textile | Recyclerie textile | Costumerie
acts:textile = couture | retouches | friperie | upcycling textile | collecte de vêtements | broderie
  | tapisserie d'ameublement
leaves:textile = textile-sewing | textile-clothing | communication-print
weight:services = 6
types:services = Conciergerie solidaire | Coopérative d'activité et d'emploi | Coopérative de services
  | Services à la personne | Nettoyage solidaire
acts:services = nettoyage de locaux | conciergerie | services aux entreprises | services à la personne | logistique
  | secrétariat | portage salarial
leaves:services = cleaning-premises | advice-hr | digital-support | premises-offices | transport-delivery
weight:support = 4
types:support = Incubateur ESS | Réseau des acteurs | Coopérative conseil | Pôle territorial de coopération économique
  | Dispositif local d'accompagnement | Fédération
acts:support = accompagnement de projets | animation de réseau | incubation | formation des dirigeants
  | conseil en stratégie | coopération territoriale | plaidoyer
leaves:support = advice-legal | advice-finance | advice-funding | advice-hr | training-management

# ---- Organisations ----
legal-forms = ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION
  | ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION | ASSOCIATION | SOCIAL_ENTERPRISE | SOCIAL_ENTERPRISE
  | SCOP | SCOP | SCIC | SCIC | COOPERATIVE | MUTUAL | FOUNDATION | OTHER
creative = La Passerelle | Le Tremplin | La Ruche | Le Relais | Les Petites Mains | La Fabrique | L'Envol | Le Lien
  | La Boussole | Les Colibris | Horizon | Le Fil d'Ariane | La Clé | L'Étincelle | Le Grenier | La Cordée
  | Les Possibles | Terre d'Avenir | Bouts de Ficelle | Le Petit Pont | La Source | L'Escale | Le Phare
  | Les Glaneurs | La Belle Échappée | Coup de Pouce | Main Verte | Les Tisserands | La Brouette | Le Moulin
  | Cap Solidaire | Les Semeurs | La Navette | Le Chaudron | Pas à Pas | L'Arbre à Palabres | Le Beffroi
  | Les Terrils | La Courte Échelle | Le Chti Coin | Les Hirondelles | La Mouette | Le Vent du Nord | Bel Air
  | La Bourloire | Les Géants | Le Carillon | La Dentelle | Le Houblon | La Chicorée | Les Dunes | Le Marais
  | La Forge | L'Estaminet | Les Courées | Le Canal | La Baie | Les Hortillonnages | Le Bocage | L'Abbaye
pays:59 = de la Métropole lilloise | des Flandres | du Hainaut | de l'Avesnois | du Cambrésis | du Douaisis
  | du Valenciennois | de la Pévèle | de la Lys | du Bassin minier | du Dunkerquois | de la Sambre
pays:62 = de l'Artois | du Boulonnais | du Calaisis | de la Côte d'Opale | du Béthunois | de l'Audomarois
  | du Montreuillois | du Ternois | de la Gohelle | du Bassin minier | du Pays de Lumbres | des Sept Vallées
pays:80 = de l'Amiénois | de la Baie de Somme | du Ponthieu | du Vimeu | du Santerre | du Marquenterre
  | de la Picardie maritime | du Pays du Coquelicot | de la Haute Somme
pays:02 = de la Thiérache | du Laonnois | du Saint-Quentinois | du Soissonnais | du Vermandois | du Chaunois
  | de l'Omois
pays:60 = du Beauvaisis | du Compiégnois | du Noyonnais | du Clermontois | du Valois | du Pays de Bray | du Vexin
  | du Pays de Thelle
nous = Notre association | Notre structure | Notre équipe | Notre collectif
streets = rue de la Gare | rue Jean Jaurès | rue Victor Hugo | place de la République | rue Pasteur
  | rue du Général de Gaulle | rue Roger Salengro | rue des Écoles | rue Jules Ferry | rue du Moulin | rue Nationale
  | avenue de la Libération | rue de l'Église | rue Gambetta | rue Faidherbe | boulevard Carnot | rue des Tisserands
  | rue du Marais | chemin des Prés | rue de la Filature | rue des Mineurs | rue Léon Blum | rue du Canal
  | rue Émile Zola | rue de Lille | rue d'Arras | rue de Paris | place du Beffroi | rue des Jardins | impasse des Tilleuls
first-names = Camille | Julien | Sophie | Thomas | Marie | Nicolas | Léa | Mathieu | Julie | Antoine | Sarah | Maxime
  | Laura | Kevin | Manon | Alexandre | Emma | Romain | Pauline | Hugo | Claire | Karim | Nadia | Mehdi | Inès
  | Samir | Fatima | Youssef | Amandine | Jérôme | Sandrine | David | Nathalie | Christophe | Isabelle | Olivier
  | Céline | Sébastien | Aurélie | Benoît | Élodie | Grégory | Mélanie | Arnaud | Chloé | Quentin | Lucie | Bastien
  | Aline | Rachid | Aïcha | Moussa | Awa | Dorothée | Ludovic | Martine | Gérard | Brigitte | Jean-Pierre
  | Marie-Claire | Anaïs | Théo | Zoé | Lina | Yanis | Adam | Jade | Louise | Gabriel | Maëlle | Kenza
last-names = Martin | Lefebvre | Dubois | Lambert | Mercier | Leroy | Lemaire | Delattre | Vasseur | Dupont
  | Lefèvre | Caron | Leclercq | Petit | Durand | Moreau | Lecomte | Deschamps | Dumont | Delmotte | Fontaine
  | Roussel | Bernard | Duhamel | Carpentier | Dufour | Boulanger | Lebrun | Devos | Vandenberghe | Deleplanque
  | Debruyne | Verhaeghe | Vanhoutte | Delcroix | Hennebert | Wattebled | Deprez | Bouchez | Lemoine | Poulain
  | Mahieu | Hochart | Cuvelier | Legrand | Bocquet | Lagache | Desmet | Courtin | Dewailly | Tison | Warin
  | Benali | Haddad | Diallo | Traoré | Nguyen | Kowalski | Nowak | Da Silva | Ferreira | Garcia | Rossi | Bouaziz
  | Ouali | Cissé | Lopez | Szymański | Dziedzic | Cappelaere | Quennehen | Ducrocq | Vermeersch | Deruelle

# ---- Catalogue: titles ----
title:OFFER:SALE = Vente de %s | %s à vendre | À vendre : %s | %s d'occasion | Vends %s
title:OFFER:SERVICE = %s | Prestation de %s | Service de %s | %s par une structure de l'ESS | Propose %s
title:OFFER:ADVICE = Conseil : %s | Accompagnement : %s | %s | Expertise : %s | Appui ponctuel : %s
title:OFFER:HELPING_HAND = Coup de main : %s | Entraide : %s | Bénévoles disponibles : %s | Aide gratuite : %s
title:OFFER:SKILLS_SPONSORSHIP = Mécénat de compétences : %s | %s en mécénat de compétences | Compétences offertes : %s
title:OFFER:EQUIPMENT_LOAN = Prêt de %s | Mise à disposition de %s | %s à prêter | Prêt gratuit de %s
title:OFFER:DONATION = Don de %s | %s à donner | Don : %s | Dons de %s
title:OFFER:BARTER = Échange de %s | Troc : %s | %s contre un coup de main | %s à échanger
title:REQUEST:SALE = Achat de %s | Cherche à acheter : %s | Recherche %s | Achat groupé de %s
title:REQUEST:SERVICE = Recherche %s | Besoin de %s | Recherche prestataire : %s | Cherche %s
title:REQUEST:ADVICE = Besoin de conseil : %s | Recherche accompagnement : %s | Besoin d'un appui : %s | Conseil recherché : %s
title:REQUEST:HELPING_HAND = Besoin d'un coup de main : %s | Appel à bénévoles : %s | Cherche aide : %s
title:REQUEST:SKILLS_SPONSORSHIP = Recherche mécénat de compétences : %s | Cherche compétences : %s
title:REQUEST:EQUIPMENT_LOAN = Recherche prêt de %s | Cherche à emprunter : %s | Besoin de %s pour quelques jours | Emprunt de %s
title:REQUEST:DONATION = Recherche don de %s | Collecte de %s | Cherche %s | Appel aux dons : %s
title:REQUEST:BARTER = Cherche à échanger : %s | Troc recherché : %s | Échange contre %s

# ---- Catalogue: description templates ----
# {obj} the object of the title with its article, {bare} without, {other} another object of the
# category, {q} a qualifier of the category, {ville} the organisation's commune, {nous} "Notre
# association"..., and shared lists: {public} {public2} {valeur} {valeur2} {tech} {tech2} {adj}
# {adj2} {dispo} {projet} {contact} {structure} {contrepartie} {financeur} {label} {n} {d} {km} {annee}
open:OFFER:SALE = {nous} vend {obj}, {q}. | Nous vendons {obj} à prix solidaire. | À vendre : {obj} ({q}).
  | {Obj} à vendre {dispo}, {q}. | Basés à {ville}, nous vendons {obj}.
open:OFFER:SERVICE = {nous} propose {obj}, {q}. | Nous proposons {obj} ({q}). | Basés à {ville}, nous proposons {obj}.
  | Nous réalisons {obj} pour les {public}. | Bonjour, nous proposons {obj} aux {public}.
open:OFFER:ADVICE = Nous proposons {obj}, {q}. | {nous} vous accompagne : {bare}.
  | Besoin d'un regard extérieur ? Nous proposons {obj}. | Basés à {ville}, nous proposons {obj} aux {public}.
open:OFFER:HELPING_HAND = Nos bénévoles peuvent vous aider : {bare}. | Coup de main gratuit : {obj}, {q}.
  | {nous} offre {obj} aux structures du réseau.
open:OFFER:SKILLS_SPONSORSHIP = Nos salariés proposent {obj} en mécénat de compétences.
  | Dans le cadre du mécénat de compétences, nous proposons {obj}, {q}.
open:OFFER:EQUIPMENT_LOAN = Nous prêtons {obj}, {q}. | Nous mettons à disposition {obj} pour les structures du réseau.
  | {Obj} disponible en prêt {dispo}. | Basés à {ville}, nous prêtons {obj}.
open:OFFER:DONATION = Nous donnons {obj}, {q}. | À donner : {obj}. | {Obj} à donner {dispo}, {q}.
open:OFFER:BARTER = Nous échangeons {obj} contre {contrepartie}. | Troc : {obj}, {q}, contre {contrepartie}.
open:REQUEST:SALE = Nous souhaitons acheter {obj}, {q}. | {nous} cherche à acheter {obj} pour {projet}.
  | Basés à {ville}, nous cherchons à acheter {obj}.
open:REQUEST:SERVICE = {nous} recherche {obj} pour {projet}. | Nous cherchons {obj}, idéalement {q}.
  | Besoin de {bare} {dispo}. | Basés à {ville}, nous recherchons {obj}.
open:REQUEST:ADVICE = Nous cherchons {obj}, idéalement {q}. | Qui pourrait nous aider ? Nous avons besoin de {bare} pour {projet}.
  | {nous} recherche {obj} pour {projet}.
open:REQUEST:HELPING_HAND = Appel aux bonnes volontés : nous avons besoin de {bare} pour {projet}.
  | Nous cherchons des bénévoles pour {obj}. | Un coup de main serait le bienvenu : {bare}.
open:REQUEST:SKILLS_SPONSORSHIP = Nous recherchons une structure pouvant offrir {obj} en mécénat de compétences.
  | Besoin de {bare} : une entreprise pourrait-elle nous aider en mécénat de compétences ?
open:REQUEST:EQUIPMENT_LOAN = Nous aimerions emprunter {obj} {dispo}. | Qui pourrait nous prêter {obj} pour {projet} ?
  | Nous sommes à la recherche de {obj} à emprunter, {q}.
open:REQUEST:DONATION = Nous recherchons {obj} en don pour {projet}. | Nous collectons {obj}, {q}.
  | Qui pourrait nous donner {obj} ?
open:REQUEST:BARTER = Nous proposons {contrepartie} en échange de {obj}. | Troc : nous cherchons {obj} contre {contrepartie}.
body:OFFER = Idéal pour les {public}. | Disponible {dispo}. | Contact {contact}. | Tarif solidaire pour les {public}.
  | Possibilité de retrait à {ville} ou de livraison {dispo}. | Nous pouvons aussi proposer {other}.
  | Notre démarche repose sur {valeur} et {valeur2}. | Nous privilégions les échanges avec les {public} et les {public2}.
  | Devis gratuit sur simple demande. | Nous intervenons principalement autour de {ville}, dans un rayon de {km} km.
  | Spécialités : {tech} et {tech2}. | Plus de {n} structures du réseau nous ont déjà fait confiance.
  | Un fonctionnement {adj} et {adj2}. | Nos équipes sont formées en {tech}. | Expérience reconnue en {tech}.
  | Un projet porté avec des {public} de {ville}. | Les recettes financent {valeur}. | Conditions détaillées sur demande.
  | N'hésitez pas à nous contacter {contact}. | Échange possible contre {contrepartie}. | Label {label}.
  | Première demande ? Nous prenons le temps de comprendre vos besoins. | Réponse sous {d} jours.
  | Mots-clés : {tech}, {adj}, {tech2}. | Projet soutenu par {financeur}. | Depuis {annee}, au service des {public}.
  | Nous sommes {structure} de {ville} et nous croyons à {valeur}.
  | Nous pouvons adapter la proposition à vos contraintes de calendrier et de budget.
  | Vous pouvez aussi venir découvrir nos locaux à {ville}, {dispo}.
  | Intervention possible sur tout le département, frais de déplacement au-delà de {km} km.
  | Une attestation peut être fournie pour votre rapport d'activité.
  | Cette offre s'adresse en priorité aux {public}, mais toute structure adhérente peut nous solliciter.
  | Nous travaillons en lien avec {financeur} et les {public} du territoire.
  | Partenariat possible sur la durée avec les structures du réseau.
body:REQUEST = Contact {contact}. | Idéalement {q}. | C'est pour {projet}. | Réponse souhaitée sous {d} jours.
  | Nous pouvons proposer en échange {contrepartie}. | Budget limité : nous sommes {structure} de {ville}.
  | Merci aux {public} qui pourront relayer ! | Toute proposition est la bienvenue, même partielle.
  | Récupération possible à {ville} ou alentours. | Nous étudierons aussi {other}. | Urgent !
  | Compétences recherchées : {tech} ou {tech2}. | Nous valorisons {valeur} et {valeur2}. | Pour environ {n} personnes.
  | Projet soutenu par {financeur}. | Un fonctionnement {adj} et {adj2} nous tient à cœur.
  | Nous accueillons des {public} et des {public2}. | Mots-clés : {tech}, {adj}.
  | Nous sommes {structure} de {ville} et nous croyons à {valeur}. | Budget indicatif : {n}0 euros.
  | Nous pouvons venir chercher sur place dans un rayon de {km} km.
  | Le besoin est ponctuel mais pourrait devenir régulier. | Merci d'indiquer vos disponibilités et vos conditions.
  | Nous mentionnerons votre structure dans notre rapport d'activité. | Projet en lien avec {valeur}.
open:ORG = {nous} agit à {ville} et alentours : {obj}. | Basés à {ville}, nous intervenons dans plusieurs domaines : {obj}.
  | Structure de l'économie sociale et solidaire implantée à {ville}. Nos métiers : {obj}.
  | Depuis {annee}, nous accompagnons les {public} de {ville} : {obj}.
  | {nous} réunit {n} salariés et bénévoles à {ville} autour de ses activités : {obj}.
body:ORG = Nous valorisons {valeur} et {valeur2}. | Nos publics : {public} et {public2}. | Spécialités : {tech} et {tech2}.
  | Un fonctionnement {adj} et {adj2}. | Soutenus par {financeur}. | Label {label}.
  | Nous cherchons toujours des bénévoles. | Nos équipes sont formées en {tech}.
  | Nous travaillons avec les {public} du territoire.

# ---- Shared lists ----
public = associations | structures de l'ESS | familles | jeunes | seniors | bénévoles | salariés en insertion
  | habitants du quartier | personnes en situation de handicap | écoles | collectivités | entreprises | étudiants
  | demandeurs d'emploi | petites structures | centres sociaux | tiers-lieux | clubs sportifs | ressourceries
  | enfants | parents | personnes isolées | aidants | agriculteurs | artisans | commerçants | réfugiés | apprentis
  | collèges | lycées | crèches | EHPAD | compagnies | chantiers d'insertion | coopératives | mutuelles
  | fondations | maisons de quartier | foyers | ludothèques | mairies
valeur = la solidarité | la coopération | l'entraide | le réemploi | l'inclusion | la proximité | le lien social
  | la transition écologique | l'économie circulaire | les circuits courts | la convivialité | l'insertion
  | la gouvernance partagée | le bénévolat | l'innovation sociale | la sobriété | l'accessibilité | la mixité
  | l'égalité | le développement durable | la confiance | la transparence | l'autonomie | la biodiversité
  | l'éducation populaire | la dignité | la mutualisation | la qualité | l'engagement citoyen | la résilience
adj = solidaire | local | durable | simple | accessible | collectif | écologique | convivial | participatif | souple
  | responsable | coopératif | rapide | régulier | adapté | professionnel | inclusif | bienveillant | citoyen
  | éthique | sobre | fiable | modulable | polyvalent | transparent | pédagogique | créatif | autonome
  | intergénérationnel | équitable | robuste | territorial | circulaire | mutualisé | artisanal | frugal
  | exigeant | chaleureux | discret | réactif | familial | rigoureux | ludique | innovant | associatif
dispo = dès maintenant | en semaine | le week-end | sur réservation | toute l'année | à partir de septembre
  | pendant les vacances scolaires | du lundi au vendredi | le mercredi après-midi | en soirée | sous quinze jours
  | pour l'été | jusqu'à fin décembre | au printemps | ponctuellement | une fois par mois
  | avec un préavis d'une semaine
projet = notre épicerie solidaire | un événement de quartier | la rentrée de septembre | notre nouveau local
  | un chantier d'insertion | notre festival | nos ateliers du samedi | notre assemblée générale
  | l'accueil des bénévoles | la fête des voisins | nos maraudes d'hiver | un déménagement | notre boutique
  | la saison estivale | un séminaire d'équipe | nos jardins partagés | notre repair café
  | un projet avec des collégiens | l'ouverture d'un tiers-lieu | le mois de l'ESS | une exposition
  | nos permanences | un forum emploi | un salon professionnel | la collecte de la banque alimentaire
  | un projet européen | la braderie de septembre | le marché de Noël
contact = via la messagerie de la plateforme | par téléphone | par mail | en passant à notre local
  | auprès de notre coordinatrice | auprès de notre chargé de mission | le matin de préférence
structure = une petite association | une jeune coopérative | une structure d'insertion | une association de quartier
  | une entreprise adaptée | un collectif de bénévoles | une association étudiante | une SCIC naissante
contrepartie = un coup de main | des heures de bénévolat | une visibilité dans notre lettre d'information
  | des produits de notre épicerie | un accès à notre salle | une formation | des paniers de légumes
  | une prestation de nettoyage | du prêt de matériel | des places pour notre festival | un atelier pour votre équipe
financeur = la Région Hauts-de-France | la Métropole européenne de Lille | le Département du Nord | France Active
  | le Fonds social européen | la CAF | une fondation d'entreprise | la commune | l'ADEME | le Département du Pas-de-Calais
  | l'Agence de l'eau Artois-Picardie | le Département de la Somme | le Département de l'Oise | le Département de l'Aisne
  | la Fondation de France | la DREETS | France Travail | la Banque des Territoires
label = ESUS | Qualiopi | Imprim'Vert | Écocert | Lucie | commerce équitable | Nature & Progrès | Ecolabel européen
  | Tourisme & Handicap | French Tech Tremplin
km = 5 | 10 | 15 | 20 | 30 | 50 | 80
availability = Les week-ends, sur réservation | Du lundi au vendredi, 9 h - 17 h | Toute l'année | Sur rendez-vous
  | En semaine uniquement | Pendant les vacances scolaires | Dès maintenant | À partir de septembre
  | Le mercredi après-midi | En soirée et le samedi | Sous quinze jours | Selon planning, nous contacter
  | Juillet et août | Les mardis et jeudis
hidden-reasons = Annonce commerciale sans lien avec l'ESS | Doublon d'une autre annonce | Contenu hors charte
  | Coordonnées personnelles dans le texte
# Specialised words: the long tail (the last ones appear in a few tens of items at scale 1).
tech = menuiserie | couture | informatique | maraîchage | comptabilité | soudure | électricité | plomberie
  | permaculture | mécanique cycle | cuisine | sérigraphie | vidéo | photographie | graphisme | logistique
  | jardinage | compostage | peinture | maçonnerie | carrelage | ébénisterie | tapisserie | broderie | tricot
  | reliure | céramique | poterie | vannerie | apiculture | arboriculture | agroécologie | agroforesterie
  | herboristerie | boulangerie | pâtisserie | brasserie | conserverie | lactofermentation | torréfaction
  | fromagerie | charcuterie | chocolaterie | distillation | WordPress | Linux | Nextcloud | LibreOffice
  | Dolibarr | Odoo | Python | JavaScript | PHP | Arduino | Raspberry Pi | impression 3D | découpe laser
  | électronique | domotique | cybersécurité | RGPD | FALC | accessibilité numérique | langue des signes
  | braille | audiodescription | sous-titrage | traduction | interprétariat | alphabétisation
  | français langue étrangère | soutien scolaire | orientation | médiation | facilitation
  | intelligence collective | sociocratie | gouvernance partagée | communication non violente | écoute active
  | sophrologie | yoga | réflexologie | diététique | nutrition | ergothérapie | psychomotricité | art-thérapie
  | musicothérapie | zoothérapie | premiers secours | HACCP | fiscalité | paie | trésorerie | audit
  | contrôle de gestion | crowdfunding | mécénat | marchés publics | fonds européens | manutention
  | préparation de commandes | conditionnement | étiquetage | routage | mise sous pli | archivage | numérisation
  | reprographie | conciergerie | secrétariat | repassage | blanchisserie | désinsectisation | dératisation
  | désamiantage | déconstruction | curage | tri sélectif | méthanisation | photovoltaïque | éolien | géothermie
  | bois énergie | réseau de chaleur | thermographie | ventilation | puits canadien | phytoépuration
  | toilettes sèches | récupération d'eau de pluie | isolation paille | ouate de cellulose | chanvre | terre crue
  | torchis | pisé | enduits à la chaux | charpente | zinguerie | couverture | serrurerie | vitrerie | plâtrerie
  | cannage | rempaillage | dorure | marqueterie | patine | relooking | patronage | teinture végétale | feutrage
  | tissage | gravure | cartonnage | calligraphie | typographie | risographie | linogravure
  | photographie argentique | cyanotype | étalonnage | mixage | prise de son | podcast | radio | animation 3D
  | illustration | bande dessinée | motion design | mise en page | Inkscape | Scribus | GIMP | Blender | Krita
  | fraiseuse numérique | électromécanique | électroménager | horlogerie | cordonnerie | maroquinerie
  | bijouterie | faïence | émaillage | vitrail | mosaïque | sculpture | fresque | graffiti | muralisme
  | scénographie | régie son | régie lumière | machinerie | costumes | maquillage | marionnettes | clown | cirque
  | jonglage | acrobatie | danse | hip-hop | théâtre forum | improvisation | conte | slam | chant choral
  | percussions | batucada | fanfare | accordéon | orgue de Barbarie | carillon | géants du Nord | ducasse
  | estaminet | jeux d'estaminet | balle pelote | longue paume | javelot picard | bourle | colombophilie
  | patois picard | randonnée | marche nordique | kayak | aviron | voile | char à voile | escalade | boxe
  | judo | tennis de table | badminton | basket | handball | rugby | futsal | pétanque | tir à l'arc
  | équitation | natation | handisport | boccia | cécifoot | torball | sport santé | aviculture | viticulture
  | hydroponie | aquaponie | lombricompostage | paillage | greffage | taille fruitière | semences paysannes
  | haies bocagères | osier | saule tressé | éco-pâturage | débardage à cheval | traction animale
  | bûcheronnage | élagage | sylviculture | botanique | mycologie | ornithologie | entomologie | zones humides
  | mares | nichoirs | hôtels à insectes | carrosserie | mécanique auto | triporteur | vélo-cargo
  | cariste | emballage | standard téléphonique | accueil | nettoyage industriel | biogaz | hydrogène
  | VMC double flux | blower door | Drupal | Joomla | SQL | Debian | Ubuntu | holacratie | gestion de conflits
  | naturopathie | kinésithérapie | équithérapie | massage | hygiène | levée de fonds | subventions
  | appels d'offres | FEDER | LEADER | portage | groupement d'employeurs | supply chain | valorisation
  | chicorée | lin | houblon | endive | betterave | dentelle de Calais | tapisserie de haute lice | vitrail d'art
  | bourrellerie | tonnellerie | ferronnerie | coutellerie | luthérie | facture d'orgues | enluminure
  | héraldique | généalogie | paléographie | muséographie | archéologie | astronomie | géologie
$vocabulary$, '\n(?=\S)') AS entry
      WHERE btrim(entry) <> '' AND entry NOT LIKE '#%') AS e;

-- A list by name, folded into a constant when the query is planned (hence IMMUTABLE: the
-- list does not change while this script runs).
CREATE FUNCTION pg_temp.w(name text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  found text[];
BEGIN
  SELECT words INTO found FROM bench_words WHERE list = name;
  IF found IS NULL OR cardinality(found) = 0 THEN
    RAISE EXCEPTION 'bench vocabulary has no list %', name;
  END IF;
  RETURN found;
END
$$;

-- Fills a template's {slots}; v is one uniform draw from which each slot takes its own.
CREATE FUNCTION pg_temp.fill(tpl text, v float8, others text[], quals text[], obj text, bare text,
                             ville text, nous text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(tpl,
         '{obj}', obj),
         '{Obj}', pg_temp.capitalise(obj)),
         '{bare}', bare),
         '{other}', pg_temp.pick_z(others, pg_temp.fr(v * 101))),
         '{q}', pg_temp.pick_z(quals, pg_temp.fr(v * 211))),
         '{ville}', ville),
         '{nous}', nous),
         '{public}', pg_temp.pick_z(pg_temp.w('public'), pg_temp.fr(v * 307))),
         '{public2}', pg_temp.pick_z(pg_temp.w('public'), pg_temp.fr(v * 401))),
         '{valeur}', pg_temp.pick_z(pg_temp.w('valeur'), pg_temp.fr(v * 503))),
         '{valeur2}', pg_temp.pick_z(pg_temp.w('valeur'), pg_temp.fr(v * 601))),
         '{tech}', pg_temp.pick_z(pg_temp.w('tech'), pg_temp.fr(v * 701))),
         '{tech2}', pg_temp.pick_z(pg_temp.w('tech'), pg_temp.fr(v * 809))),
         '{adj}', pg_temp.pick_z(pg_temp.w('adj'), pg_temp.fr(v * 907))),
         '{adj2}', pg_temp.pick_z(pg_temp.w('adj'), pg_temp.fr(v * 1009))),
         '{dispo}', pg_temp.pick_z(pg_temp.w('dispo'), pg_temp.fr(v * 1103))),
         '{projet}', pg_temp.pick_z(pg_temp.w('projet'), pg_temp.fr(v * 1201))),
         '{contact}', pg_temp.pick_z(pg_temp.w('contact'), pg_temp.fr(v * 1301))),
         '{structure}', pg_temp.pick_z(pg_temp.w('structure'), pg_temp.fr(v * 1409))),
         '{contrepartie}', pg_temp.pick_z(pg_temp.w('contrepartie'), pg_temp.fr(v * 1511))),
         '{financeur}', pg_temp.pick_z(pg_temp.w('financeur'), pg_temp.fr(v * 1601))),
         '{label}', pg_temp.pick_z(pg_temp.w('label'), pg_temp.fr(v * 1709))),
         '{km}', pg_temp.pick_u(pg_temp.w('km'), pg_temp.fr(v * 1801))),
         '{n}', (5 + floor(pg_temp.fr(v * 1901) * 95))::int::text),
         '{d}', (2 + floor(pg_temp.fr(v * 2003) * 13))::int::text)
$$;
-- {annee} is rare: handled by the callers with one more replace.

-- ---------------------------------------------------------------------------------------------
-- Reference tables derived from the vocabulary and the schema
-- ---------------------------------------------------------------------------------------------

-- Leaf categories with what is said about them. PLAIN storage: arrays stay inline, never
-- compressed, so reading them for each of the 130,000 items costs nothing.
CREATE TEMP TABLE bench_cat (
  code text PRIMARY KEY, parent_code text, objs text[], quals text[], modes text[]) ON COMMIT DROP;
ALTER TABLE bench_cat ALTER objs SET STORAGE PLAIN, ALTER quals SET STORAGE PLAIN, ALTER modes SET STORAGE PLAIN;
INSERT INTO bench_cat
SELECT c.code, c.parent_code, o.words, q.words,
       ARRAY(SELECT CASE m WHEN 'S' THEN 'SALE' WHEN 'V' THEN 'SERVICE' WHEN 'A' THEN 'ADVICE'
                           WHEN 'H' THEN 'HELPING_HAND' WHEN 'K' THEN 'SKILLS_SPONSORSHIP'
                           WHEN 'L' THEN 'EQUIPMENT_LOAN' WHEN 'D' THEN 'DONATION' WHEN 'B' THEN 'BARTER' END
             FROM regexp_split_to_table(m.words[1], '') WITH ORDINALITY AS t(m, i) ORDER BY i)
FROM category c
LEFT JOIN bench_words o ON o.list = 'obj:' || c.code
LEFT JOIN bench_words q ON q.list = 'qual:' || c.code
LEFT JOIN bench_words m ON m.list = 'modes:' || c.code
WHERE c.parent_code IS NOT NULL;

CREATE TEMP TABLE bench_sector (
  code text PRIMARY KEY, weight int, types text[], acts text[], leaves text[]) ON COMMIT DROP;
ALTER TABLE bench_sector ALTER types SET STORAGE PLAIN, ALTER acts SET STORAGE PLAIN, ALTER leaves SET STORAGE PLAIN;
INSERT INTO bench_sector
SELECT s.code, coalesce(wt.words[1]::int, 1), ty.words, ac.words, lv.words
FROM sector s
LEFT JOIN bench_words wt ON wt.list = 'weight:' || s.code
LEFT JOIN bench_words ty ON ty.list = 'types:' || s.code
LEFT JOIN bench_words ac ON ac.list = 'acts:' || s.code
LEFT JOIN bench_words lv ON lv.list = 'leaves:' || s.code;

DO $$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(code, ', ') INTO missing FROM bench_cat
  WHERE objs IS NULL OR quals IS NULL OR modes IS NULL OR NULL = ANY (modes);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'bench vocabulary lacks obj:/qual:/modes: lists (or has a bad mode letter) for categories %', missing;
  END IF;
  -- A sector added later without vocabulary borrows the lists of 'support'.
  UPDATE bench_sector s SET types = coalesce(s.types, d.types), acts = coalesce(s.acts, d.acts),
                            leaves = coalesce(s.leaves, d.leaves)
  FROM bench_sector d WHERE d.code = 'support' AND (s.types IS NULL OR s.acts IS NULL OR s.leaves IS NULL);
  SELECT string_agg(l, ', ') INTO missing
  FROM (SELECT DISTINCT unnest(leaves) AS l FROM bench_sector) x WHERE l NOT IN (SELECT code FROM bench_cat);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'bench vocabulary names unknown categories in leaves: lists: %', missing;
  END IF;
  SELECT string_agg(l, ', ') INTO missing
  FROM (SELECT DISTINCT p || k || ':' || m AS l
        FROM (SELECT DISTINCT unnest(modes) AS m FROM bench_cat) ms, unnest(ARRAY['OFFER', 'REQUEST']) k,
             unnest(ARRAY['title:', 'open:']) p) x
  WHERE l NOT IN (SELECT list FROM bench_words);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'bench vocabulary lacks the lists %', missing;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM charter_version) THEN
    RAISE EXCEPTION 'no charter version: migrate the database first';
  END IF;
END
$$;

-- Sectors repeated by weight, for weighted draws; all leaves in a fixed order.
INSERT INTO bench_words
SELECT 'sectors-weighted', array_agg(code ORDER BY code, i) FROM bench_sector, generate_series(1, weight) i
UNION ALL
SELECT 'leaves', array_agg(code ORDER BY code) FROM bench_cat;

-- Communes with their cumulative population, for draws proportional to population.
CREATE TEMP TABLE bench_commune ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id)::int AS idx, id, name, epci_id, departement_id,
       (sum(coalesce(population, 1)) OVER (ORDER BY id) - coalesce(population, 1))::float8 AS cum_lo
FROM territory WHERE kind = 'COMMUNE';
ALTER TABLE bench_commune ADD PRIMARY KEY (idx);

-- ---------------------------------------------------------------------------------------------
-- Organisations: all draws first, in order, then everything computed from them
-- ---------------------------------------------------------------------------------------------
\echo organisations...

CREATE TEMP TABLE bench_org ON COMMIT DROP AS
WITH draws AS MATERIALIZED (
  SELECT n AS idx, ARRAY(SELECT random() FROM generate_series(1, 32 + 0 * n)) AS r
  FROM generate_series(1, :bench_orgs) n
),
located AS (
  SELECT d.idx, d.r,
         CASE WHEN d.r[7] < 0.7
              THEN width_bucket(d.r[8] * (SELECT sum(coalesce(population, 1)) FROM territory WHERE kind = 'COMMUNE'),
                                (SELECT array_agg(cum_lo ORDER BY idx) FROM bench_commune))
              ELSE 1 + floor(d.r[8] * (SELECT count(*) FROM bench_commune))::int END AS commune_idx,
         pg_temp.pick_u(pg_temp.w('sectors-weighted'), d.r[1]) AS s1,
         CASE WHEN d.r[2] < 0.55 THEN pg_temp.pick_u(pg_temp.w('sectors-weighted'), d.r[3]) END AS s2,
         CASE WHEN d.r[4] < 0.2 THEN pg_temp.pick_u(pg_temp.w('sectors-weighted'), d.r[5]) END AS s3
  FROM draws d
),
named AS (
  SELECT l.idx, l.r, c.id AS commune_id, c.name AS commune_name, c.epci_id, c.departement_id,
         ARRAY(SELECT DISTINCT ON (s) s FROM unnest(ARRAY[l.s1, l.s2, l.s3]) WITH ORDINALITY AS t(s, o)
               WHERE s IS NOT NULL ORDER BY s, o) AS sectors,
         l.s1, s.types, s.acts, s.leaves, s2.acts AS acts2,
         pg_temp.pick_u(pg_temp.w('legal-forms'), l.r[6]) AS legal_form,
         pg_temp.pick_z(s.types, l.r[10]) AS type_name,
         now_ts.t - (l.r[13] * interval '1095 days') AS joined_at,
         now_ts.t
  FROM located l
  JOIN bench_commune c ON c.idx = l.commune_idx
  JOIN bench_sector s ON s.code = l.s1
  LEFT JOIN bench_sector s2 ON s2.code = l.s2
  CROSS JOIN (SELECT :'bench_now'::timestamptz AS t) now_ts
)
SELECT n.idx,
       md5('elbasar-bench:organisation:' || n.idx)::uuid AS id,
       md5('elbasar-bench:person:' || n.idx || ':1')::uuid AS admin_id,
       CASE WHEN n.r[16] < 0.5 THEN md5('elbasar-bench:person:' || n.idx || ':2')::uuid END AS member_id,
       left(pg_temp.fix_fr(CASE
         WHEN n.r[9] < 0.40 THEN n.type_name || ' de ' || n.commune_name
         WHEN n.r[9] < 0.60 THEN n.type_name || ' ' || pg_temp.pick_u(pg_temp.w('pays:' || substr(n.departement_id, 13)), n.r[12])
         WHEN n.r[9] < 0.85 THEN n.type_name || ' ' || pg_temp.pick_z(pg_temp.w('creative'), n.r[11])
         ELSE pg_temp.pick_z(pg_temp.w('creative'), n.r[11]) || ' - ' || n.commune_name END), 200) AS name,
       n.legal_form, n.sectors, n.s1, n.leaves, n.commune_id, n.commune_name, n.epci_id, n.departement_id,
       CASE n.legal_form WHEN 'ASSOCIATION' THEN 'Notre association' WHEN 'SCOP' THEN 'Notre coopérative'
            WHEN 'SCIC' THEN 'Notre coopérative' WHEN 'COOPERATIVE' THEN 'Notre coopérative'
            WHEN 'MUTUAL' THEN 'Notre mutuelle' WHEN 'FOUNDATION' THEN 'Notre fondation'
            WHEN 'SOCIAL_ENTERPRISE' THEN 'Notre entreprise' ELSE 'Notre structure' END AS nous,
       -- 2 to 4 activities of the main sector, one of the second sector sometimes
       ARRAY(SELECT a FROM (
               SELECT n.acts[1 + (floor(n.r[24] * cardinality(n.acts))::int + j) % cardinality(n.acts)] AS a, j
               FROM generate_series(0, 1 + floor(n.r[23] * 3)::int) j
               UNION ALL
               SELECT pg_temp.pick_u(n.acts2, pg_temp.fr(n.r[24] * 101)), 9 WHERE n.acts2 IS NOT NULL AND n.r[23] > 0.5) x
             GROUP BY a ORDER BY min(j)) AS activities,
       n.joined_at,
       n.joined_at - (1 + n.r[14] * 20) * interval '1 day' AS created_at,
       n.joined_at + n.r[15] * (n.t - n.joined_at) AS updated_at,
       n.r
FROM named n;
ALTER TABLE bench_org ADD PRIMARY KEY (idx);
ALTER TABLE bench_org ALTER leaves SET STORAGE PLAIN;

-- Names are unique among bench organisations and unlike any existing one: a repeated name gets
-- its commune, then a number.
UPDATE bench_org o SET name = o.name || ' - ' || o.commune_name
FROM (SELECT idx, row_number() OVER (PARTITION BY lower(name) ORDER BY idx) AS rn FROM bench_org) d
WHERE d.idx = o.idx AND strpos(o.name, o.commune_name) = 0
  AND (d.rn > 1 OR EXISTS (SELECT 1 FROM organisation e WHERE lower(e.name) = lower(o.name)));
UPDATE bench_org o SET name = o.name || ' ' || d.rn
FROM (SELECT idx, row_number() OVER (PARTITION BY lower(name) ORDER BY idx) AS rn FROM bench_org) d
WHERE d.idx = o.idx AND (d.rn > 1 OR EXISTS (SELECT 1 FROM organisation e WHERE lower(e.name) = lower(o.name)));

INSERT INTO organisation (id, name, legal_form, siret, description, activities, commune_id, address, website, phone,
                          contact_email, status, created_at, joined_at, updated_at)
SELECT o.id, o.name, o.legal_form,
       CASE WHEN o.r[17] < 0.4 AND NOT EXISTS (SELECT 1 FROM organisation x WHERE x.siret = s.siret) THEN s.siret END,
       pg_temp.fix_fr(replace(
         pg_temp.fill(pg_temp.pick_z(pg_temp.w('open:ORG'), o.r[25]), pg_temp.fr(o.r[25] * 7919), o.activities,
                      o.activities, array_to_string(o.activities[1:cardinality(o.activities) - 1], ', ')
                        || CASE WHEN cardinality(o.activities) > 1 THEN ' et ' ELSE '' END
                        || o.activities[cardinality(o.activities)],
                      lower(o.activities[1]), o.commune_name, o.nous)
         || ' ' || pg_temp.fill(pg_temp.pick_z(pg_temp.w('body:ORG'), o.r[26]), pg_temp.fr(o.r[26] * 7919),
                                o.activities, o.activities, '', '', o.commune_name, o.nous)
         || CASE WHEN o.r[26] < 0.6 THEN ' ' || pg_temp.fill(pg_temp.pick_z(pg_temp.w('body:ORG'), o.r[27]),
                                pg_temp.fr(o.r[27] * 7919), o.activities, o.activities, '', '', o.commune_name, o.nous)
                 ELSE '' END,
         '{annee}', (1975 + floor(o.r[28] * 49))::int::text)),
       o.activities, o.commune_id,
       CASE WHEN o.r[20] < 0.8 THEN (1 + floor(o.r[22] * 180))::int || ' ' || pg_temp.pick_z(pg_temp.w('streets'), o.r[21]) END,
       CASE WHEN o.r[18] < 0.6
            THEN 'https://' || trim(BOTH '-' FROM regexp_replace(lower(unaccent(o.name)), '[^a-z0-9]+', '-', 'g'))
                 || '-' || o.idx || '.bench.example' END,
       CASE WHEN o.r[19] < 0.85 THEN '03 ' || lpad((20 + floor(o.r[19] * 80 / 0.85))::int::text, 2, '0') || ' '
                 || lpad((floor(pg_temp.fr(o.r[19] * 7919) * 100))::int::text, 2, '0') || ' '
                 || lpad((floor(pg_temp.fr(o.r[19] * 104729) * 100))::int::text, 2, '0') || ' '
                 || lpad((floor(pg_temp.fr(o.r[19] * 1299709) * 100))::int::text, 2, '0') END,
       'contact-' || o.idx || '@bench.example',
       'ACTIVE', o.created_at, o.joined_at, o.updated_at
FROM bench_org o
CROSS JOIN LATERAL (
  -- a SIRET whose Luhn key is right: 99 + the organisation number + 0001 + the key
  SELECT b || ((10 - sum(CASE WHEN p % 2 = 1 THEN (2 * d) % 10 + (2 * d) / 10 ELSE d END) % 10) % 10)::text AS siret
  FROM (SELECT '99' || lpad(o.idx::text, 7, '0') || '0001' AS b) body,
       LATERAL (SELECT p, substr(b, p, 1)::int AS d FROM generate_series(1, 13) p) digits
  GROUP BY b) s
ORDER BY o.idx;

\echo sectors, people, charter acceptances...
INSERT INTO organisation_sector (organisation_id, sector_code)
SELECT o.id, s FROM bench_org o, unnest(o.sectors) s ORDER BY o.idx, s;

INSERT INTO person (id, email, password_hash, first_name, last_name, locale, organisation_id, organisation_role,
                    active, created_at, password_changed_at)
SELECT p.id, p.email, '$argon2id$v=19$m=19456,t=2,p=1$ZWxiYXNhci1iZW5jaC0wMQ$mRMMF+7IOEk3tKXtpG7t8S2wkS20nl0R0wGy2G7Yt6s',
       pg_temp.pick_z(pg_temp.w('first-names'), p.u1), pg_temp.pick_z(pg_temp.w('last-names'), p.u2),
       CASE WHEN pg_temp.fr(p.u1 * 7919) < 0.05 THEN 'en' ELSE 'fr' END,
       o.id, p.role, true, p.created_at, p.created_at
FROM bench_org o
CROSS JOIN LATERAL (
  VALUES (o.admin_id, 'bench-' || o.idx || '@bench.example', 'ORG_ADMIN', o.r[29], o.r[30], o.created_at),
         (o.member_id, 'bench-' || o.idx || '-2@bench.example', 'MEMBER', o.r[31], o.r[32],
          o.joined_at + pg_temp.fr(o.r[31] * 7919) * (:'bench_now'::timestamptz - o.joined_at))
) AS p(id, email, role, u1, u2, created_at)
WHERE p.id IS NOT NULL
ORDER BY o.idx, p.role DESC;

INSERT INTO charter_acceptance (person_id, organisation_id, charter_version, accepted_at)
SELECT o.admin_id, o.id, (SELECT max(version) FROM charter_version), o.created_at
FROM bench_org o ORDER BY o.idx;

-- ---------------------------------------------------------------------------------------------
-- Offers and requests
-- ---------------------------------------------------------------------------------------------
\echo offers and requests...

INSERT INTO catalog_item (id, kind, organisation_id, author_id, title, description, category_code, mode, market,
                          price, price_unit, on_quote, indicative_value, reach, reach_territory_id, availability,
                          needed_by, status, hidden_at, hidden_reason, expires_at, created_at, updated_at,
                          published_at)
WITH draws AS MATERIALIZED (
  SELECT n, ARRAY(SELECT random() FROM generate_series(1, 40 + 0 * n)) AS r
  FROM generate_series(1, :bench_offers + :bench_requests) n
),
item AS (
  SELECT d.n, d.r, o.idx AS org_idx, o.id AS organisation_id, o.commune_id, o.commune_name, o.epci_id,
         o.departement_id, o.nous, o.joined_at, c.code AS leaf, c.parent_code, c.objs, c.quals,
         CASE WHEN d.n <= :bench_offers THEN 'OFFER' ELSE 'REQUEST' END AS kind,
         pg_temp.pick_u(c.modes, d.r[5]) AS mode,
         pg_temp.pick_z(c.objs, d.r[15]) AS obj,
         CASE WHEN d.r[20] < 0.5 OR o.member_id IS NULL THEN o.admin_id ELSE o.member_id END AS author_id,
         CASE WHEN d.r[6] < 0.90 THEN 'PUBLISHED' WHEN d.r[6] < 0.93 THEN 'DRAFT' WHEN d.r[6] < 0.955 THEN 'WITHDRAWN'
              WHEN d.r[6] < 0.98 THEN 'FULFILLED' ELSE 'EXPIRED' END AS status,
         :'bench_now'::timestamptz AS now_ts
  FROM draws d
  -- a few organisations publish a lot, most a handful, the last 10% nothing
  JOIN bench_org o ON o.idx = 1 + least(:bench_orgs - 1, floor(ceil(0.9 * :bench_orgs) * d.r[1] ^ 1.7)::int)
  JOIN bench_cat c ON c.code = CASE WHEN d.r[2] < 0.65 THEN pg_temp.pick_u(o.leaves, d.r[3])
                                    ELSE pg_temp.pick_u(pg_temp.w('leaves'), d.r[3]) END
),
dated AS (
  SELECT i.*,
         i.mode IN ('SALE', 'SERVICE', 'ADVICE') AS market,
         -- published within the last year, not before the organisation joined
         CASE WHEN i.status <> 'DRAFT'
              THEN i.now_ts - i.r[7] * least(interval '365 days', i.now_ts - i.joined_at) END AS published_at,
         CASE WHEN i.status = 'DRAFT'
              THEN i.now_ts - i.r[7] * least(interval '60 days', i.now_ts - i.joined_at) END AS drafted_at
  FROM item i
)
SELECT md5('elbasar-bench:item:' || x.n)::uuid,
       x.kind, x.organisation_id, x.author_id,
       left(pg_temp.capitalise(pg_temp.fix_fr(
         replace(pg_temp.pick_z(tt.words, x.r[14]), '%s', pg_temp.bare(x.obj))
         || CASE WHEN x.r[16] < 0.45 THEN ' - ' || pg_temp.pick_z(x.quals, x.r[17])
                 WHEN x.r[16] < 0.57 THEN ' - ' || x.commune_name ELSE '' END)), 120),
       left(pg_temp.fix_fr(replace(body.text, '{annee}', (1975 + floor(x.r[38] * 49))::int::text)), 5000),
       CASE WHEN x.r[4] < 0.05 THEN x.parent_code ELSE x.leaf END,
       x.mode, x.market,
       price.amount, price.unit, x.market AND price.amount IS NULL,
       CASE WHEN NOT x.market AND x.r[13] < 0.55
            THEN round(((10 * 200 ^ x.r[12]) / 5)::numeric) * 5 END,
       reach.kind, reach.territory,
       CASE WHEN x.r[18] < CASE x.kind WHEN 'OFFER' THEN 0.6 ELSE 0.3 END
            THEN pg_temp.pick_z(pg_temp.w('availability'), pg_temp.fr(x.r[18] * 7919)) END,
       CASE WHEN x.kind = 'REQUEST' AND x.r[19] < 0.5
            THEN (coalesce(x.published_at, x.drafted_at) + (15 + x.r[19] * 240) * interval '1 day')::date END,
       x.status,
       CASE WHEN x.status = 'PUBLISHED' AND x.r[21] < 0.004 THEN x.published_at + x.r[9] * (x.now_ts - x.published_at) END,
       CASE WHEN x.status = 'PUBLISHED' AND x.r[21] < 0.004
            THEN pg_temp.pick_u(pg_temp.w('hidden-reasons'), pg_temp.fr(x.r[21] * 7919)) END,
       dates.expires_at, dates.created_at, dates.updated_at, x.published_at
FROM dated x
JOIN bench_words tt ON tt.list = 'title:' || x.kind || ':' || x.mode
JOIN bench_words oo ON oo.list = 'open:' || x.kind || ':' || x.mode
CROSS JOIN LATERAL (
  -- an opening sentence for the kind and mode, then 2 to 8 sentences of the kind's templates, no template twice
  SELECT string_agg(pg_temp.fill(t.tpl, x.r[25 + 2 * t.s], x.objs, x.quals, x.obj, pg_temp.bare(x.obj),
                                 x.commune_name, x.nous), ' ' ORDER BY t.s) AS text
  FROM (SELECT DISTINCT ON (tpl) s, tpl
        FROM (SELECT s, CASE WHEN s = 0 THEN pg_temp.pick_z(oo.words, x.r[22])
                             WHEN x.kind = 'OFFER' THEN pg_temp.pick_z(pg_temp.w('body:OFFER'), x.r[24 + 2 * s])
                             ELSE pg_temp.pick_z(pg_temp.w('body:REQUEST'), x.r[24 + 2 * s]) END AS tpl
              FROM generate_series(0, 2 + floor(x.r[39] ^ 1.3 * 7)::int) s) a
        ORDER BY tpl, s) t
) body
CROSS JOIN LATERAL (
  SELECT CASE WHEN x.r[10] < CASE WHEN x.leaf ~ '^(digital|advice|training|communication)-' THEN 0.25 ELSE 0.03 END
              THEN 'REMOTE'
              ELSE (ARRAY['COMMUNE', 'EPCI', 'EPCI', 'DEPARTEMENT', 'DEPARTEMENT', 'REGION', 'COMMUNE', 'EPCI',
                          'DEPARTEMENT', 'REGION', 'EPCI', 'COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'EPCI',
                          'COMMUNE', 'DEPARTEMENT', 'EPCI', 'REGION'])[1 + floor(pg_temp.fr(x.r[10] * 7919) * 20)::int]
         END AS kind
) reach0
CROSS JOIN LATERAL (
  SELECT reach0.kind,
         CASE reach0.kind WHEN 'COMMUNE' THEN x.commune_id WHEN 'EPCI' THEN x.epci_id
                          WHEN 'DEPARTEMENT' THEN x.departement_id WHEN 'REGION' THEN 'region:32' END AS territory
) reach
CROSS JOIN LATERAL (
  -- market modes: a price with its unit, or on quote (more often for requests)
  SELECT CASE WHEN x.market AND x.r[11] >= CASE x.kind WHEN 'OFFER' THEN 0.25 ELSE 0.6 END THEN u.unit END AS unit,
         CASE WHEN x.market AND x.r[11] >= CASE x.kind WHEN 'OFFER' THEN 0.25 ELSE 0.6 END THEN
           CASE WHEN u.raw >= 100 THEN round((u.raw / 5)::numeric) * 5
                WHEN u.raw >= 20 THEN round(u.raw::numeric)
                ELSE round((u.raw * 2)::numeric) / 2 END END AS amount
  FROM (SELECT unit, lo * (hi / lo) ^ x.r[12] AS raw
        FROM (SELECT (CASE x.mode WHEN 'SALE' THEN ARRAY['UNIT', 'UNIT', 'FLAT', 'KG', 'FLAT', 'UNIT']
                                  WHEN 'SERVICE' THEN ARRAY['HOUR', 'FLAT', 'HALF_DAY', 'DAY', 'FLAT', 'MONTH']
                                  ELSE ARRAY['HOUR', 'HALF_DAY', 'DAY', 'DAY', 'FLAT', 'HOUR'] END)
                     [1 + floor(x.r[13] * 6)::int] AS unit) un
        CROSS JOIN LATERAL (
          SELECT CASE un.unit WHEN 'UNIT' THEN 2.0 WHEN 'KG' THEN 0.5 WHEN 'HOUR' THEN 15.0 WHEN 'HALF_DAY' THEN 150.0
                              WHEN 'DAY' THEN 250.0 WHEN 'MONTH' THEN 100.0 ELSE 20.0 END AS lo,
                 CASE un.unit WHEN 'UNIT' THEN 500.0 WHEN 'KG' THEN 15.0 WHEN 'HOUR' THEN 90.0 WHEN 'HALF_DAY' THEN 600.0
                              WHEN 'DAY' THEN 1200.0 WHEN 'MONTH' THEN 2000.0 ELSE 3000.0 END AS hi) b) u
) price
CROSS JOIN LATERAL (
  SELECT CASE x.status
           WHEN 'DRAFT' THEN x.drafted_at + interval '90 days'
           -- listed: expires within the next six months (most), or just expired and not yet swept (5%)
           WHEN 'PUBLISHED' THEN CASE WHEN x.r[40] < 0.95
                                      THEN x.now_ts + (1 + x.r[8] * 179) * interval '1 day'
                                      ELSE x.now_ts - x.r[8] * least(interval '10 days', (x.now_ts - x.published_at) / 2) END
           -- expired: between publication and now
           WHEN 'EXPIRED' THEN x.published_at + (0.3 + 0.6 * x.r[8]) * (x.now_ts - x.published_at)
           ELSE x.published_at + interval '90 days' END AS expires_at,
         coalesce(x.published_at - x.r[8] * least(interval '2 days', x.published_at - x.joined_at), x.drafted_at) AS created_at,
         coalesce(x.published_at, x.drafted_at) + x.r[9] * (x.now_ts - coalesce(x.published_at, x.drafted_at)) AS updated_at
) dates
ORDER BY x.n;


\echo exchanges...
-- Each organisation has about ten regular partners (a pair is drawn from the provider and one of ten
-- fixed offsets), exchanges spread over the last three years, 92 % confirmed. Values follow the
-- starting valuation rules of V8; the rollups are then computed from scratch by impact_rebuild().
CREATE TEMP TABLE exchange_party ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY o.id) AS n, o.id,
       array_remove(ARRAY[t.departement_id, t.epci_id], NULL)
         || coalesce((SELECT array_agg('sector:' || s.sector_code) FROM organisation_sector s WHERE s.organisation_id = o.id), '{}') AS scopes
FROM organisation o JOIN territory t ON t.id = o.commune_id
WHERE o.contact_email LIKE '%@bench.example';
CREATE UNIQUE INDEX ON exchange_party (n);
ANALYZE exchange_party;

INSERT INTO exchange (id, provider_id, beneficiary_id, declared_by_side, mode, occurred_on, description, channel,
                      amount_eur, valuation_kind, hours, days, declared_value_eur, value_eur, rule_id, status,
                      confirmed_at, impact_scopes, created_at, updated_at)
SELECT md5('elbasar-bench:exchange:' || x.g)::uuid, p.id, b.id, 'PROVIDER', x.mode, x.occurred_on, 'Échange de démonstration ' || x.g, x.channel,
       CASE WHEN x.market THEN round((20 + x.r4 * 2980)::numeric, 2) END,
       CASE WHEN NOT x.market THEN x.mode END,
       CASE WHEN x.mode IN ('HELPING_HAND', 'SKILLS_SPONSORSHIP') THEN 1 + floor(x.r4 * 16) END,
       CASE WHEN x.mode = 'EQUIPMENT_LOAN' THEN 1 + floor(x.r4 * 30)::int END,
       CASE WHEN x.mode IN ('EQUIPMENT_LOAN', 'DONATION', 'BARTER') THEN round((50 + x.r5 * 1950)::numeric, 2) END,
       CASE x.mode WHEN 'HELPING_HAND' THEN (1 + floor(x.r4 * 16)) * 18
                   WHEN 'SKILLS_SPONSORSHIP' THEN (1 + floor(x.r4 * 16)) * 50
                   WHEN 'EQUIPMENT_LOAN' THEN round(((50 + x.r5 * 1950) * 0.01 * (1 + floor(x.r4 * 30)))::numeric, 2)
                   WHEN 'DONATION' THEN round((50 + x.r5 * 1950)::numeric, 2)
                   WHEN 'BARTER' THEN round((50 + x.r5 * 1950)::numeric, 2) END,
       CASE WHEN NOT x.market THEN (SELECT r.id FROM valuation_rule r WHERE r.kind = x.mode ORDER BY r.effective_from LIMIT 1) END,
       x.status,
       CASE WHEN x.status = 'CONFIRMED' THEN x.occurred_on + interval '2 days' END,
       CASE WHEN x.status = 'CONFIRMED' THEN (SELECT array_agg(DISTINCT s ORDER BY s) FROM unnest('{network}' || p.scopes || b.scopes) s) END,
       x.occurred_on + interval '1 day', x.occurred_on + interval '2 days'
FROM (
  SELECT g, r1, r4, r5,
         1 + floor(r1 * :bench_orgs)::int AS giver,
         1 + ((floor(r1 * :bench_orgs)::int + (1 + floor(r2 * 10)::int) * 97) % :bench_orgs) AS taker,
         m.mode, m.mode IN ('SALE', 'SERVICE', 'ADVICE') AS market,
         (:'bench_now'::timestamptz - r3 * interval '1095 days')::date AS occurred_on,
         (ARRAY['HOTLINE', 'HOTLINE', 'EVENT', 'NEWSLETTER', 'POST_OF_THE_DAY', 'CATALOGUE', 'CATALOGUE', 'CATALOGUE', 'PARTNER', 'DIRECT', 'DIRECT'])
           [1 + floor(r6 * 11)::int] AS channel,
         CASE WHEN r7 < 0.92 THEN 'CONFIRMED' WHEN r7 < 0.97 THEN 'PENDING' ELSE 'DISPUTED' END AS status
  FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
               random() AS r8
        FROM generate_series(1, :bench_exchanges) g) r
  CROSS JOIN LATERAL (
    SELECT (ARRAY['SALE', 'SALE', 'SALE', 'SERVICE', 'SERVICE', 'SERVICE', 'SERVICE', 'ADVICE', 'HELPING_HAND', 'HELPING_HAND',
                  'HELPING_HAND', 'HELPING_HAND', 'SKILLS_SPONSORSHIP', 'SKILLS_SPONSORSHIP', 'SKILLS_SPONSORSHIP',
                  'EQUIPMENT_LOAN', 'EQUIPMENT_LOAN', 'EQUIPMENT_LOAN', 'DONATION', 'BARTER'])[1 + floor(r8 * 20)::int] AS mode) m
) x
JOIN exchange_party p ON p.n = x.giver
JOIN exchange_party b ON b.n = x.taker
WHERE p.id <> b.id;

\echo events...
-- Convivial events from two years ago to six months ahead (2,000 at scale 1), each hosted by an organisation in its
-- commune at a daytime hour (Paris), 60 % with 10 to 40 places; 5 to 45 people of other organisations register, in
-- order (beyond the capacity they wait); at past events, about 80 % of those with a place were checked in.
CREATE TEMP TABLE bench_event ON COMMIT DROP AS
SELECT md5('elbasar-bench:event:' || r.g)::uuid AS id, r.g, o.idx AS host, o.id AS host_id, o.admin_id, o.commune_id, r.kind,
       (date_trunc('day', (:'bench_now'::timestamptz - interval '730 days' + r.r2 * interval '912 days') AT TIME ZONE 'Europe/Paris')
        + (8 + floor(r.r3 * 12)) * interval '1 hour') AT TIME ZONE 'Europe/Paris' AS starts_at,
       CASE WHEN r.r4 < 0.6 THEN 10 + floor(r.r4 / 0.6 * 31)::int END AS capacity,
       5 + floor(pg_temp.fr(r.r4 * 7919) * 41)::int AS people
FROM (SELECT g, (ARRAY['APERO', 'BREAKFAST', 'POST_IT', 'FAIR', 'WORKSHOP', 'VISIT', 'OTHER'])[1 + floor(random() * 7)::int] AS kind,
             random() AS r2, random() AS r3, random() AS r4, random() AS r5
      FROM generate_series(1, greatest(1, round(2000 * (:scale)::numeric))::int) g) r
JOIN bench_org o ON o.idx = 1 + floor(r.r5 * :bench_orgs)::int;

INSERT INTO event (id, kind, status, title, description, territory_id, venue, starts_at, ends_at, capacity, organiser_id,
                   host_organisation_id, created_at, updated_at, published_at)
SELECT e.id, e.kind, 'PUBLISHED',
       (ARRAY['Apéro', 'Petit-déjeuner', 'Animation post-it', 'Salon', 'Atelier', 'Visite', 'Rencontre'])
         [array_position(ARRAY['APERO', 'BREAKFAST', 'POST_IT', 'FAIR', 'WORKSHOP', 'VISIT', 'OTHER'], e.kind)]
         || ' des adhérents à ' || t.name || ' n° ' || e.g,
       'Un temps convivial pour se rencontrer, présenter ses besoins et ses offres du moment.',
       e.commune_id, 'Salle des fêtes, ' || t.name, e.starts_at, e.starts_at + interval '2 hours', e.capacity, e.admin_id, e.host_id,
       e.starts_at - interval '30 days', e.starts_at - interval '30 days', e.starts_at - interval '30 days'
FROM bench_event e JOIN territory t ON t.id = e.commune_id
ORDER BY e.g;

INSERT INTO event_registration (id, event_id, person_id, organisation_id, status, registered_at, checked_in_at)
SELECT md5('elbasar-bench:registration:' || e.g || ':' || k)::uuid, e.id, o.admin_id, o.id,
       CASE WHEN e.capacity IS NULL OR k <= e.capacity THEN 'REGISTERED' ELSE 'WAITING' END,
       e.starts_at - interval '20 days' + k * interval '1 hour',
       CASE WHEN e.starts_at < :'bench_now'::timestamptz AND (e.capacity IS NULL OR k <= e.capacity)
                 AND pg_temp.fr((e.g * 45 + k) * 0.618034) < 0.8 THEN e.starts_at + k * interval '1 minute' END
FROM bench_event e
CROSS JOIN LATERAL generate_series(1, least(e.people, :bench_orgs - 1)) k
JOIN bench_org o ON o.idx = 1 + (e.host - 1 + k * 37) % :bench_orgs
ORDER BY e.g, k;

\echo impact rollups...
SELECT impact_rebuild() \g /dev/null

\echo vocabulary for "did you mean"...
-- as the catalogue's maintenance job computes it (CatalogJobs.refreshVocabulary), which the bench turns off
DELETE FROM catalog_vocabulary;
INSERT INTO catalog_vocabulary (word, occurrences)
SELECT w, count(*) FROM catalog_item i,
     regexp_split_to_table(lower(unaccent(i.title || ' ' || i.description)), '[^a-z0-9]+') AS w
WHERE i.status = 'PUBLISHED' AND i.hidden_at IS NULL AND length(w) >= 3
GROUP BY w;

COMMIT;

\echo analyse...
ANALYZE organisation;
ANALYZE organisation_sector;
ANALYZE person;
ANALYZE charter_acceptance;
ANALYZE catalog_item;
ANALYZE exchange;
ANALYZE event;
ANALYZE event_registration;
-- sets the visibility map, so that the summaries read the rollups' covering indexes alone
VACUUM (ANALYZE) impact_month, impact_organisation, impact_pair;

\echo rows inserted:
SELECT count(*) FILTER (WHERE t = 'organisation') AS organisations,
       count(*) FILTER (WHERE t = 'sector') AS organisation_sectors,
       count(*) FILTER (WHERE t = 'person') AS people,
       count(*) FILTER (WHERE t = 'charter') AS charter_acceptances,
       count(*) FILTER (WHERE t = 'OFFER') AS offers,
       count(*) FILTER (WHERE t = 'REQUEST') AS requests,
       (SELECT count(*) FROM exchange) AS exchanges
FROM (SELECT 'organisation' AS t FROM organisation WHERE contact_email LIKE '%@bench.example'
      UNION ALL SELECT 'sector' FROM organisation_sector s JOIN organisation o ON o.id = s.organisation_id
                WHERE o.contact_email LIKE '%@bench.example'
      UNION ALL SELECT 'person' FROM person WHERE email LIKE '%@bench.example'
      UNION ALL SELECT 'charter' FROM charter_acceptance a JOIN person p ON p.id = a.person_id
                WHERE p.email LIKE '%@bench.example'
      UNION ALL SELECT i.kind FROM catalog_item i JOIN organisation o ON o.id = i.organisation_id
                WHERE o.contact_email LIKE '%@bench.example') x;
