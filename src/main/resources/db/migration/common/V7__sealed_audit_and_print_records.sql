-- Issue 10: records that can be trusted by someone who was not there.
-- The book's audit key is never stored in the clear: each user row holds it wrapped under that
-- user's password (key_salt, key_iterations, wrapped_key), and carries a MAC under the key over
-- every field that decides who may sign in and what they may do (record_mac).
ALTER TABLE app_user ADD COLUMN key_salt VARCHAR(64);
ALTER TABLE app_user ADD COLUMN key_iterations INTEGER;
ALTER TABLE app_user ADD COLUMN wrapped_key VARCHAR(200);
ALTER TABLE app_user ADD COLUMN record_mac VARCHAR(64);
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Each entry written by a signed-in user carries a MAC of its hash; entries written before
-- anyone signed in (failed sign-ins) have none, and are covered by the next keyed entry's chain.
ALTER TABLE audit_entry ADD COLUMN mac VARCHAR(64);

-- The head also names the last keyed entry and carries a MAC over it, so cutting the trail's end
-- and moving the head back cannot be done without the key.
ALTER TABLE audit_head ADD COLUMN keyed_seq BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE audit_head ADD COLUMN keyed_hash VARCHAR(64);
ALTER TABLE audit_head ADD COLUMN mac VARCHAR(64);

-- One row once the book is sealed: how to recognise its key (a MAC of a fixed text) and the
-- sequence reached when it was sealed (entries up to it, written by older versions, have no MAC).
CREATE TABLE audit_key (
    id INTEGER PRIMARY KEY,
    key_check VARCHAR(64) NOT NULL,
    sealed_seq BIGINT NOT NULL,
    sealed_at BIGINT NOT NULL
);

-- Every print of an invoice or credit memo, recorded once, with the file it went to (if any), in
-- the same transaction that makes the file visible under its final name.
CREATE TABLE document_print (
    id ${id_pk},
    document_no VARCHAR(20) NOT NULL,
    copy BOOLEAN NOT NULL,
    file_name VARCHAR(1000),
    printed_by VARCHAR(40) NOT NULL,
    printed_at BIGINT NOT NULL
);
CREATE INDEX ix_document_print_no ON document_print (document_no);
