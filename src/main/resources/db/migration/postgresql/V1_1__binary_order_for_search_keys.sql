-- PostgreSQL only. The look-ups search keys by prefix range (key >= 'ACME' AND key < 'ACMF') and
-- sort by them. SQLite compares text byte by byte; a PostgreSQL database created with a
-- linguistic collation (en_US.UTF-8, the usual default) ignores spaces and punctuation at first,
-- so "ACME J..." ranges and sort orders would differ from SQLite's and from server to server.
-- The "C" collation gives the same byte order as SQLite whatever locale the database has.
-- (Version 1.1 lives only in this folder: SQLite never needs it, and later common migrations
-- keep whole numbers.)
ALTER TABLE customer ALTER COLUMN name_key TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE customer ALTER COLUMN customer_no TYPE VARCHAR(20) COLLATE "C";
ALTER TABLE customer ALTER COLUMN phone_digits TYPE VARCHAR(20) COLLATE "C";
ALTER TABLE product ALTER COLUMN sku TYPE VARCHAR(30) COLLATE "C";
ALTER TABLE product ALTER COLUMN description_key TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE sales_order ALTER COLUMN order_no TYPE VARCHAR(20) COLLATE "C";
