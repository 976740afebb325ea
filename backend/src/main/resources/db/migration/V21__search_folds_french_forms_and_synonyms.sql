-- French search, second pass (issue 20, items 12 and 14). The fold of V4 only removed a final s or
-- x, before the stemmer, which then kept apart words a reader takes for one: "locaux" became "locau"
-- (not "local"), the unaccented "cuisiniere" stems to "cuisinier" while "cuisinier" stems to
-- "cuisini", and "vélo-cargo" was one compound word that "vélo cargo" never gave. Nor was any synonym
-- known. Both sides (stored vectors and queries, search, directory and matching) still go through
-- elbasar_fold(), which is now:
--   1. elbasar_normalise(): lower case, no accents, and French forms brought to one spelling, so
--      that the stemmer sees the same word whichever form was written;
--   2. the network's synonyms (table search_synonym): each word listed there is replaced by its
--      canonical word, so that "bicyclette" and "vélo" give the same lexeme.
-- docs/search.md explains the rules and how to add a synonym.

-- Each step, in this order:
--   a hyphen between two letters separates two words ("vélo-cargo" = "vélo cargo"; "vélo -cargo" stays a negation);
--   the -aux plurals of -ail and -au words that the next rule would get wrong (travaux, matériaux...);
--   -aux after a consonant or i is the plural of -al (locaux, chevaux, sociaux; not bateaux, noyaux, préaux);
--   a final s or x of words of four letters or more goes (vélos, bijoux, as in V4);
--   feminine forms the stemmer keeps apart from the masculine: -ère (cuisinière, boulangère),
--   -ive (coopérative), -anne (paysanne). The stemmer already joins -rice/-eur, -enne, -onne, -elle, -ette.
--   -euse is left alone: it names machines (perceuse, tondeuse) as often as women, and -eux adjectives.
CREATE FUNCTION elbasar_normalise(input text) RETURNS text AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(lower(unaccent(coalesce(input, ''))), '([[:alnum:]])-(?=[[:alnum:]])', '\1 ', 'g'),
    '\m(trav|vitr|cor)aux\M', '\1ail', 'g'),
    '\mmateriaux\M', 'materiau', 'g'),
    '([a-z]{2}[b-df-np-tv-xz])aux\M', '\1al', 'g'),
    '([a-z]{3,})[sx]\M', '\1', 'g'),
    '([a-z]{3,})ere\M', '\1er', 'g'),
    '([a-z]{3,})ive\M', '\1if', 'g'),
    '([a-z]{3,})anne\M', '\1an', 'g')
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The network's vocabulary: a word and the canonical word it is searched as. Both are written as
-- elbasar_normalise() gives them (one word, lower case, no accent, singular masculine), which
-- FrenchWordsTest checks (not a CHECK here: pg_restore loads the rows with an empty search_path,
-- where unaccent() is not found); a canonical word is never itself a listed word, so one
-- replacement is enough.
CREATE TABLE search_synonym (
  word text PRIMARY KEY CHECK (word ~ '^[a-z0-9]+$'),
  canonical text NOT NULL CHECK (canonical ~ '^[a-z0-9]+$' AND canonical <> word)
);

INSERT INTO search_synonym (word, canonical) VALUES
 ('bicyclette', 'velo'),
 ('utilitaire', 'camion'),
 ('camionnette', 'camion'),
 ('fourgon', 'camion'),
 ('fourgonnette', 'camion'),
 ('salle', 'local'),
 ('pc', 'ordinateur'),
 ('ordi', 'ordinateur'),
 ('volontaire', 'benevole');

-- Only the synonyms present in the text are looked up (usually none), then replaced as whole words:
-- building the vectors of 100,000 items costs half as much again as normalising alone, where a
-- look-up of every word cost twice as much.
-- IMMUTABLE although it reads search_synonym (as V5 explains, a query's words are then folded once,
-- while planning): the table changes only with the vectors recomputed (elbasar_refresh_search_vectors).
CREATE OR REPLACE FUNCTION elbasar_fold(input text) RETURNS text AS $$
DECLARE
  folded text := elbasar_normalise(input);
  synonym record;
BEGIN
  FOR synonym IN SELECT s.word, s.canonical FROM search_synonym s
                 WHERE s.word = ANY (regexp_split_to_array(folded, '[^a-z0-9]+')) LOOP
    folded := regexp_replace(folded, '\m' || synonym.word || '\M', synonym.canonical, 'g');
  END LOOP;
  RETURN folded;
END
$$ LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE;

-- Recomputes every stored search vector, after the fold or the synonyms changed. Partners copy
-- items and organisations, not their vectors: their change feed is not fed by this.
CREATE FUNCTION elbasar_refresh_search_vectors() RETURNS void AS $$
BEGIN
  ALTER TABLE catalog_item DISABLE TRIGGER catalog_item_partner_change_trg;
  UPDATE catalog_item SET title = title;
  ALTER TABLE catalog_item ENABLE TRIGGER catalog_item_partner_change_trg;
  ALTER TABLE organisation DISABLE TRIGGER organisation_partner_change_trg;
  UPDATE organisation SET name = name;
  ALTER TABLE organisation ENABLE TRIGGER organisation_partner_change_trg;
END
$$ LANGUAGE plpgsql;

SELECT elbasar_refresh_search_vectors();

-- "Did you mean" words are now kept folded (CatalogJobs.refreshVocabulary); the old ones go and the
-- job, 20 seconds after start, writes the new ones.
TRUNCATE catalog_vocabulary;
