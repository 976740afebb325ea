-- Members (organisations), the people who act for them, the charter and accounts.

-- French full-text search that ignores accents: the french stemmer after unaccent.
CREATE TEXT SEARCH CONFIGURATION elbasar_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION elbasar_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE sector (
  code text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  position integer NOT NULL DEFAULT 0
);

INSERT INTO sector (code, name_fr, name_en, position) VALUES
 ('food', 'Alimentation et circuits courts', 'Food and short supply chains', 10),
 ('agriculture', 'Agriculture et environnement', 'Agriculture and environment', 20),
 ('reuse', 'Réemploi, recyclage et économie circulaire', 'Reuse, recycling and circular economy', 30),
 ('energy', 'Énergie et mobilité', 'Energy and mobility', 40),
 ('housing', 'Habitat et bâtiment', 'Housing and building', 50),
 ('integration', 'Insertion par l''activité économique', 'Work integration', 60),
 ('disability', 'Handicap et travail adapté', 'Disability and sheltered work', 70),
 ('health', 'Santé et action sociale', 'Health and social care', 80),
 ('education', 'Éducation, formation et jeunesse', 'Education, training and youth', 90),
 ('culture', 'Culture, arts et médias', 'Culture, arts and media', 100),
 ('sport', 'Sport et loisirs', 'Sport and leisure', 110),
 ('digital', 'Numérique et communication', 'Digital and communication', 120),
 ('finance', 'Finance solidaire et mutuelles', 'Solidarity finance and mutuals', 130),
 ('tourism', 'Tourisme social et solidaire', 'Social and solidarity tourism', 140),
 ('textile', 'Textile et artisanat', 'Textile and crafts', 150),
 ('services', 'Services aux entreprises et aux personnes', 'Business and personal services', 160),
 ('support', 'Accompagnement et réseaux de l''ESS', 'Support and SSE networks', 170);

CREATE TABLE organisation (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  legal_form text NOT NULL,
  siret char(14),
  description text NOT NULL DEFAULT '',
  activities text[] NOT NULL DEFAULT '{}',
  commune_id text NOT NULL REFERENCES territory (id),
  address text,
  website text,
  phone text,
  contact_email text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
  rejection_reason text,
  created_at timestamptz NOT NULL,
  joined_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0,
  search_vector tsvector
);

CREATE INDEX organisation_status_joined_idx ON organisation (status, joined_at DESC);
CREATE INDEX organisation_commune_idx ON organisation (commune_id);
CREATE INDEX organisation_legal_form_idx ON organisation (legal_form);
CREATE INDEX organisation_search_idx ON organisation USING gin (search_vector);
CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(name) gin_trgm_ops);
CREATE UNIQUE INDEX organisation_siret_idx ON organisation (siret) WHERE siret IS NOT NULL AND status <> 'REJECTED';

-- The name weighs more than the activities, which weigh more than the description.
CREATE FUNCTION organisation_search_vector() RETURNS trigger AS $$
BEGIN
  NEW.search_vector :=
      setweight(to_tsvector('elbasar_fr', coalesce(NEW.name, '')), 'A')
   || setweight(to_tsvector('elbasar_fr', array_to_string(NEW.activities, ' ')), 'B')
   || setweight(to_tsvector('elbasar_fr', coalesce(NEW.description, '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_search_vector_trg
  BEFORE INSERT OR UPDATE OF name, activities, description ON organisation
  FOR EACH ROW EXECUTE FUNCTION organisation_search_vector();

CREATE TABLE organisation_sector (
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  sector_code text NOT NULL REFERENCES sector (code) ON UPDATE CASCADE,
  PRIMARY KEY (organisation_id, sector_code)
);
CREATE INDEX organisation_sector_sector_idx ON organisation_sector (sector_code, organisation_id);

CREATE TABLE person (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  password_hash text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
  platform_role text CHECK (platform_role IN ('ANIMATOR', 'ADMIN')),
  organisation_id uuid REFERENCES organisation (id),
  organisation_role text CHECK (organisation_role IN ('MEMBER', 'ORG_ADMIN')),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  password_changed_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 0,
  CHECK ((organisation_id IS NULL) = (organisation_role IS NULL))
);
CREATE UNIQUE INDEX person_email_idx ON person (lower(email));
CREATE INDEX person_organisation_idx ON person (organisation_id);

CREATE TABLE charter_version (
  version integer PRIMARY KEY,
  title_fr text NOT NULL,
  body_fr text NOT NULL,
  title_en text NOT NULL,
  body_en text NOT NULL,
  published_at timestamptz NOT NULL,
  published_by uuid REFERENCES person (id)
);

CREATE TABLE charter_acceptance (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  charter_version integer NOT NULL REFERENCES charter_version (version),
  accepted_at timestamptz NOT NULL
);
CREATE INDEX charter_acceptance_org_idx ON charter_acceptance (organisation_id, accepted_at DESC);

CREATE TABLE invitation (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('MEMBER', 'ORG_ADMIN')),
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES person (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX invitation_org_idx ON invitation (organisation_id, created_at DESC);

-- Refresh tokens rotate; a family is every token descended from one sign-in.
CREATE TABLE refresh_token (
  token_hash text PRIMARY KEY,
  family_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  issued_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_person_idx ON refresh_token (person_id);

CREATE TABLE password_reset (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE login_failure (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  client_address text NOT NULL,
  failed_at timestamptz NOT NULL
);
CREATE INDEX login_failure_email_idx ON login_failure (lower(email), failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (client_address, failed_at);

-- Durable outbox: an email is written in the transaction that decides it, then sent by the dispatcher.
CREATE TABLE outbox_email (
  id bigserial PRIMARY KEY,
  recipient text NOT NULL,
  subject text NOT NULL,
  html_body text NOT NULL,
  text_body text NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX outbox_email_pending_idx ON outbox_email (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_id uuid,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at DESC);

INSERT INTO charter_version (version, title_fr, body_fr, title_en, body_en, published_at) VALUES (1,
 'Charte des adhérents elBasar',
 'En adhérant à elBasar, notre structure s''engage à :

1. Partager les valeurs de l''économie sociale et solidaire : utilité sociale, gouvernance démocratique, lucrativité limitée et ancrage territorial.

2. Privilégier la coopération entre adhérents : répondre aux besoins exprimés quand nous le pouvons, orienter vers d''autres structures sinon.

3. Publier des offres et des demandes sincères, les tenir à jour et les retirer quand elles ne sont plus valables.

4. Respecter les engagements pris lors d''un échange, marchand ou non marchand, et le déclarer pour que le réseau puisse mesurer son impact.

5. Utiliser les coordonnées des autres adhérents uniquement pour des échanges liés au réseau, jamais pour de la prospection de masse.

6. Participer, selon nos moyens, à la vie du réseau : temps conviviaux, lettre d''information, retours sur les mises en relation.',
 'elBasar members'' charter',
 'By joining elBasar, our organisation commits to:

1. Share the values of the social and solidarity economy: social purpose, democratic governance, limited profit-making and local roots.

2. Favour cooperation between members: answer the needs expressed when we can, and point to other organisations otherwise.

3. Publish sincere offers and requests, keep them up to date and withdraw them when they no longer hold.

4. Honour the commitments made in an exchange, market or non-market, and declare it so the network can measure its impact.

5. Use other members'' contact details only for exchanges within the network, never for mass prospecting.

6. Take part, as far as we can, in the life of the network: convivial events, newsletter, feedback on introductions.',
 '2026-01-01T00:00:00Z');
