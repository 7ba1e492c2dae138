-- The audit trail is append-only: the database itself refuses to change or remove an entry,
-- whatever path the statement comes from (the application, a script, a SQL console that keeps
-- the triggers). Someone who drops the triggers first is caught by the hash chain instead.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only: an entry cannot be changed');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only: an entry cannot be removed');
END;
