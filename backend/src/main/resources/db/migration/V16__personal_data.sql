-- Personal data: erased accounts keep their row (exchanges and registrations point to it) without identity,
-- and the retention job finds what has outlived its period through these indexes.
ALTER TABLE person ADD COLUMN erased_at timestamptz;

CREATE INDEX refresh_token_expires_idx ON refresh_token (expires_at);
CREATE INDEX password_reset_expires_idx ON password_reset (expires_at);
CREATE INDEX login_failure_failed_idx ON login_failure (failed_at);
CREATE INDEX outbox_email_sent_idx ON outbox_email (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX partner_webhook_attempt_time_idx ON partner_webhook_attempt (attempted_at);
