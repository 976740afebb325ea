-- French search: accents and case were folded before the French stemmer, which then misses many
-- plurals (the stemmer keeps "velos" apart from "velo"). Text is now folded by one function, used
-- on both sides (stored vectors and queries): lower case, no accents, and a final s or x of words
-- of four letters or more removed, so that "vélos", "velos" and "vélo" meet.
CREATE FUNCTION elbasar_fold(input text) RETURNS text AS $$
  SELECT regexp_replace(lower(unaccent(coalesce(input, ''))), '([a-z]{3,})[sx]\M', '\1', 'g')
$$ LANGUAGE sql STABLE PARALLEL SAFE;

CREATE OR REPLACE FUNCTION organisation_search_vector() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
      setweight(to_tsvector('elbasar_fr', elbasar_fold(NEW.name)), 'A')
   || setweight(to_tsvector('elbasar_fr', elbasar_fold(array_to_string(NEW.activities, ' '))), 'B')
   || setweight(to_tsvector('elbasar_fr', elbasar_fold(NEW.description)), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION catalog_item_search_vector() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
      setweight(to_tsvector('elbasar_fr', elbasar_fold(NEW.title)), 'A')
   || setweight(to_tsvector('elbasar_fr', elbasar_fold(NEW.description)), 'B')
   || setweight(to_tsvector('elbasar_fr', elbasar_fold(
        (SELECT c.name_fr || ' ' || coalesce(p.name_fr, '') FROM category c LEFT JOIN category p ON p.code = c.parent_code
         WHERE c.code = NEW.category_code))), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

UPDATE organisation SET name = name;
UPDATE catalog_item SET title = title;
