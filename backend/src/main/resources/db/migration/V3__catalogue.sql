-- The catalogue: offers and requests of member organisations, their photos, history and saved searches.

CREATE TABLE category (
  code text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,60}$'),
  parent_code text REFERENCES category (code) ON UPDATE CASCADE,
  name_fr text NOT NULL,
  name_en text NOT NULL,
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX category_parent_idx ON category (parent_code);

INSERT INTO category (code, parent_code, name_fr, name_en, position) VALUES
 ('food', NULL, 'Alimentation et restauration', 'Food and catering', 10),
 ('food-catering', 'food', 'Traiteur et buffets', 'Catering and buffets', 11),
 ('food-produce', 'food', 'Produits alimentaires', 'Food produce', 12),
 ('food-kitchen', 'food', 'Cuisine et locaux de restauration', 'Kitchens', 13),
 ('communication', NULL, 'Communication', 'Communication', 20),
 ('communication-design', 'communication', 'Graphisme et identité visuelle', 'Graphic design', 21),
 ('communication-print', 'communication', 'Impression', 'Printing', 22),
 ('communication-media', 'communication', 'Vidéo, photo et médias', 'Video, photo and media', 23),
 ('training', NULL, 'Formation', 'Training', 30),
 ('training-management', 'training', 'Gestion et gouvernance', 'Management and governance', 31),
 ('training-skills', 'training', 'Savoir-faire techniques', 'Technical skills', 32),
 ('equipment', NULL, 'Matériel et équipement', 'Equipment', 40),
 ('equipment-furniture', 'equipment', 'Mobilier', 'Furniture', 41),
 ('equipment-tools', 'equipment', 'Outillage', 'Tools', 42),
 ('equipment-events', 'equipment', 'Matériel événementiel', 'Event equipment', 43),
 ('equipment-it', 'equipment', 'Matériel informatique', 'IT equipment', 44),
 ('premises', NULL, 'Locaux', 'Premises', 50),
 ('premises-rooms', 'premises', 'Salles de réunion', 'Meeting rooms', 51),
 ('premises-storage', 'premises', 'Stockage', 'Storage', 52),
 ('premises-offices', 'premises', 'Bureaux partagés', 'Shared offices', 53),
 ('transport', NULL, 'Transport et logistique', 'Transport and logistics', 60),
 ('transport-vehicles', 'transport', 'Véhicules et remorques', 'Vehicles and trailers', 61),
 ('transport-delivery', 'transport', 'Livraison', 'Delivery', 62),
 ('digital', NULL, 'Numérique', 'Digital', 70),
 ('digital-web', 'digital', 'Sites web', 'Websites', 71),
 ('digital-support', 'digital', 'Assistance informatique', 'IT support', 72),
 ('advice', NULL, 'Conseil et accompagnement', 'Advice and support', 80),
 ('advice-legal', 'advice', 'Juridique', 'Legal', 81),
 ('advice-finance', 'advice', 'Finances et comptabilité', 'Finance and accounting', 82),
 ('advice-funding', 'advice', 'Recherche de financements', 'Fundraising', 83),
 ('advice-hr', 'advice', 'Ressources humaines et bénévolat', 'HR and volunteering', 84),
 ('events', NULL, 'Événements', 'Events', 90),
 ('events-organisation', 'events', 'Organisation d''événements', 'Event organisation', 91),
 ('events-animation', 'events', 'Animation', 'Entertainment and facilitation', 92),
 ('cleaning', NULL, 'Entretien et nettoyage', 'Cleaning and maintenance', 100),
 ('cleaning-premises', 'cleaning', 'Nettoyage de locaux', 'Office cleaning', 101),
 ('cleaning-green', 'cleaning', 'Espaces verts', 'Green spaces', 102),
 ('cleaning-laundry', 'cleaning', 'Blanchisserie', 'Laundry', 103),
 ('building', NULL, 'Bâtiment et travaux', 'Building works', 110),
 ('building-renovation', 'building', 'Rénovation et peinture', 'Renovation and painting', 111),
 ('building-energy', 'building', 'Énergie et isolation', 'Energy and insulation', 112),
 ('textile', NULL, 'Textile', 'Textile', 120),
 ('textile-sewing', 'textile', 'Couture et retouches', 'Sewing and alterations', 121),
 ('textile-clothing', 'textile', 'Vêtements et linge', 'Clothing and linen', 122),
 ('reuse', NULL, 'Réemploi et recyclage', 'Reuse and recycling', 130),
 ('reuse-collection', 'reuse', 'Collecte et tri', 'Collection and sorting', 131),
 ('reuse-repair', 'reuse', 'Réparation', 'Repair', 132),
 ('care', NULL, 'Santé et action sociale', 'Health and social care', 140),
 ('care-wellbeing', 'care', 'Bien-être et prévention', 'Wellbeing and prevention', 141),
 ('care-support', 'care', 'Accompagnement des personnes', 'Personal support', 142);

CREATE TABLE catalog_item (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('OFFER', 'REQUEST')),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  author_id uuid REFERENCES person (id) ON DELETE SET NULL,
  title text NOT NULL,
  description text NOT NULL,
  category_code text NOT NULL REFERENCES category (code) ON UPDATE CASCADE,
  mode text NOT NULL CHECK (mode IN ('SALE', 'SERVICE', 'ADVICE', 'HELPING_HAND', 'SKILLS_SPONSORSHIP',
                                     'EQUIPMENT_LOAN', 'DONATION', 'BARTER')),
  market boolean NOT NULL,
  price numeric(12, 2) CHECK (price >= 0),
  price_unit text,
  on_quote boolean NOT NULL DEFAULT false,
  indicative_value numeric(12, 2) CHECK (indicative_value >= 0),
  reach text NOT NULL CHECK (reach IN ('COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'REMOTE')),
  reach_territory_id text REFERENCES territory (id),
  availability text,
  needed_by date,
  status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN', 'FULFILLED', 'EXPIRED')),
  hidden_at timestamptz,
  hidden_reason text,
  hidden_by uuid REFERENCES person (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  expiry_reminded_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 0,
  search_vector tsvector,
  CHECK (market = (mode IN ('SALE', 'SERVICE', 'ADVICE'))),
  CHECK ((reach = 'REMOTE') = (reach_territory_id IS NULL))
);

-- What the public catalogue reads: published, not hidden.
CREATE INDEX catalog_item_listed_idx ON catalog_item (kind, published_at DESC, id)
  WHERE status = 'PUBLISHED' AND hidden_at IS NULL;
CREATE INDEX catalog_item_search_idx ON catalog_item USING gin (search_vector)
  WHERE status = 'PUBLISHED' AND hidden_at IS NULL;
CREATE INDEX catalog_item_organisation_idx ON catalog_item (organisation_id, kind, updated_at DESC);
CREATE INDEX catalog_item_category_idx ON catalog_item (category_code);
CREATE INDEX catalog_item_reach_idx ON catalog_item (reach_territory_id);
CREATE INDEX catalog_item_expiry_idx ON catalog_item (expires_at) WHERE status = 'PUBLISHED';

-- Title weighs more than the description. The category's names are in it too, so that
-- "traiteur" finds an item filed under catering without the word in its text.
CREATE FUNCTION catalog_item_search_vector() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
      setweight(to_tsvector('elbasar_fr', coalesce(NEW.title, '')), 'A')
   || setweight(to_tsvector('elbasar_fr', coalesce(NEW.description, '')), 'B')
   || setweight(to_tsvector('elbasar_fr', coalesce(
        (SELECT c.name_fr || ' ' || coalesce(p.name_fr, '') FROM category c LEFT JOIN category p ON p.code = c.parent_code
         WHERE c.code = NEW.category_code), '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER catalog_item_search_vector_trg
  BEFORE INSERT OR UPDATE OF title, description, category_code ON catalog_item
  FOR EACH ROW EXECUTE FUNCTION catalog_item_search_vector();

CREATE TABLE catalog_photo (
  id uuid PRIMARY KEY,
  item_id uuid NOT NULL REFERENCES catalog_item (id) ON DELETE CASCADE,
  position integer NOT NULL,
  content_type text NOT NULL,
  content bytea NOT NULL,
  thumbnail bytea NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX catalog_photo_item_idx ON catalog_photo (item_id, position);

-- Who changed what, when: never updated.
CREATE TABLE catalog_item_change (
  id bigserial PRIMARY KEY,
  item_id uuid NOT NULL REFERENCES catalog_item (id) ON DELETE CASCADE,
  actor_id uuid,
  occurred_at timestamptz NOT NULL,
  action text NOT NULL,
  changes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX catalog_item_change_item_idx ON catalog_item_change (item_id, occurred_at DESC);

-- Single-use links in emails ("extend by 90 days" one click, no sign-in).
CREATE TABLE catalog_extension_link (
  token_hash text PRIMARY KEY,
  item_id uuid NOT NULL REFERENCES catalog_item (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE saved_search (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('OFFER', 'REQUEST')),
  criteria jsonb NOT NULL,
  unsubscribe_token text NOT NULL UNIQUE, -- only allows stopping the digest, so kept as is to put in every email
  created_at timestamptz NOT NULL,
  last_digest_at timestamptz NOT NULL,
  active boolean NOT NULL DEFAULT true
);
CREATE INDEX saved_search_person_idx ON saved_search (person_id);

-- Words of published items, for "did you mean" suggestions (trigram similarity).
CREATE TABLE catalog_vocabulary (
  word text PRIMARY KEY,
  occurrences integer NOT NULL
);
CREATE INDEX catalog_vocabulary_trgm_idx ON catalog_vocabulary USING gin (word gin_trgm_ops);
