-- When an event was first published: set by an animator's publication or approval, never by a proposal. Only an event
-- published once is public, so a proposal its organiser cancels before approval stays with its organiser and the staff.
ALTER TABLE event ADD COLUMN published_at timestamptz;

-- Cancelled events were published when an animator had reviewed them (a rejected proposal cannot be cancelled).
UPDATE event SET published_at = coalesce(reviewed_at, created_at)
 WHERE status = 'PUBLISHED' OR (status = 'CANCELLED' AND reviewed_at IS NOT NULL);

ALTER TABLE event ADD CONSTRAINT event_published_at_follows_status CHECK (
  (status <> 'PUBLISHED' OR published_at IS NOT NULL) AND (status NOT IN ('PROPOSED', 'REJECTED') OR published_at IS NULL));
