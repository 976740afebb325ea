-- 1. One throttle for everything counted per email address and per client address (sign-in failures,
--    password resets and sign-ups asked): the sign-in failures become its first action.
ALTER TABLE login_failure RENAME TO throttle_event;
ALTER TABLE throttle_event RENAME COLUMN failed_at TO occurred_at;
ALTER TABLE throttle_event ADD COLUMN action text NOT NULL DEFAULT 'sign-in-failure';
ALTER TABLE throttle_event ALTER COLUMN action DROP DEFAULT;
ALTER TABLE throttle_event ALTER COLUMN email DROP NOT NULL;
ALTER SEQUENCE login_failure_id_seq RENAME TO throttle_event_id_seq;
ALTER INDEX login_failure_pkey RENAME TO throttle_event_pkey;
ALTER INDEX login_failure_failed_idx RENAME TO throttle_event_occurred_idx;
-- emails are counted by their normalised, lower-case form, which the application writes from now on
UPDATE throttle_event SET email = lower(normalize(email, NFKC));
DROP INDEX login_failure_email_idx;
DROP INDEX login_failure_address_idx;
CREATE INDEX throttle_event_email_idx ON throttle_event (action, email, occurred_at);
CREATE INDEX throttle_event_address_idx ON throttle_event (action, client_address, occurred_at);

-- 2. Email addresses in their normalised form (common/validation/EmailAddresses): NFKC, domain in lower
--    case. Domains already stored in Unicode stay so (PostgreSQL has no IDNA); new ones are stored in Punycode.
CREATE FUNCTION pg_temp.normalised_email(address text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN strpos(n, '@') = 0 THEN n
    ELSE left(n, length(n) - strpos(reverse(n), '@') + 1) || lower(right(n, strpos(reverse(n), '@') - 1)) END
  FROM (SELECT normalize(btrim(address), NFKC) AS n) normalised
$$;

-- Accounts and subscribers are unique by address: a row whose normalised form would collide with
-- another row's is left as it is (a look-alike pair for an admin to sort out, docs/security.md).
UPDATE person p SET email = pg_temp.normalised_email(p.email)
WHERE p.email <> pg_temp.normalised_email(p.email)
  AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> p.id
                  AND lower(pg_temp.normalised_email(o.email)) = lower(pg_temp.normalised_email(p.email)));
UPDATE newsletter_subscriber s SET email = pg_temp.normalised_email(s.email)
WHERE s.email <> pg_temp.normalised_email(s.email)
  AND NOT EXISTS (SELECT 1 FROM newsletter_subscriber o WHERE o.id <> s.id
                  AND lower(pg_temp.normalised_email(o.email)) = lower(pg_temp.normalised_email(s.email)));
UPDATE invitation SET email = pg_temp.normalised_email(email) WHERE email <> pg_temp.normalised_email(email);
UPDATE organisation SET contact_email = pg_temp.normalised_email(contact_email)
WHERE contact_email <> pg_temp.normalised_email(contact_email);
UPDATE partner_client SET contact_email = pg_temp.normalised_email(contact_email)
WHERE contact_email <> pg_temp.normalised_email(contact_email);
