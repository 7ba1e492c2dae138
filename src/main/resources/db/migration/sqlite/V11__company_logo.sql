-- Issue 11: the company's logo kept in the book (its bytes, not a path), so every desk prints the
-- same one. One row at most; the settings rows carry its fingerprint (company.logo.sha256).
CREATE TABLE company_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    image_type VARCHAR(10) NOT NULL,
    image BLOB NOT NULL
);
