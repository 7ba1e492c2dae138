-- Issue 12: the order inbox. Every message taken in (drop folder, Import messages..., a file
-- dragged onto the window) is kept whole in the book, so an order captured from it shows the
-- original, and a file read once (same name, same bytes) is never read again. Base64 text rather
-- than a binary column: one type that SQLite and PostgreSQL both read the same way.
CREATE TABLE inbox_message (
    id ${id_pk},
    file_name VARCHAR(255) NOT NULL,
    content_sha256 VARCHAR(64) NOT NULL,
    received_at BIGINT NOT NULL,
    received_by VARCHAR(40) NOT NULL,
    content_base64 TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_inbox_message_content ON inbox_message (file_name, content_sha256);

-- One row per draft the engine found in a message (an EDI interchange may hold several orders):
-- its status (SAVED_TOUCHLESS, TO_REVIEW, NOT_AN_ORDER, REJECTED, SAVED_AFTER_REVIEW), what was
-- read, the reasons a person is needed, and the order it became.
CREATE TABLE inbox_item (
    id ${id_pk},
    message_id BIGINT NOT NULL REFERENCES inbox_message (id),
    draft_index INTEGER NOT NULL,
    source VARCHAR(300) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    customer_no VARCHAR(20),
    po_number VARCHAR(40),
    total_cents BIGINT,
    reasons VARCHAR(2000) NOT NULL,
    order_id BIGINT REFERENCES sales_order (id),
    decided_by VARCHAR(40),
    UNIQUE (message_id, draft_index)
);
CREATE INDEX ix_inbox_item_order ON inbox_item (order_id);

-- X12 control numbers of the acknowledgments sent (997, 855): interchange (ISA13) and group
-- (GS06) counters kept in the book so that they never repeat, whichever desk sends.
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('X12_ISA', '', 1, 9);
INSERT INTO document_sequence (series, prefix, next_value, width) VALUES ('X12_GS', '', 1, 1);
