-- Admins read the audit log newest first, often for one kind of action.
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC);
