-- The customer series starts after the highest C-<digits> number already in the book.
UPDATE document_sequence SET next_value = GREATEST(next_value, (SELECT COALESCE(MAX(CAST(SUBSTR(customer_no, 3) AS BIGINT)) + 1, 0)
    FROM customer WHERE customer_no ~ '^C-[0-9]{1,15}$'))
WHERE series = 'CUSTOMER';
-- Search words are compared by prefix range: byte order, as on SQLite (see V1_1).
ALTER TABLE customer_word ALTER COLUMN word TYPE VARCHAR(40) COLLATE "C";
