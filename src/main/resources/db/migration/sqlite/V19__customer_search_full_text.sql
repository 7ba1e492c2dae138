-- Issue 11 (importing 100,000 customers in 30 s): on SQLite a customer's search words move from the
-- word table (one row per word: 2.3 million rows in three B-trees on the 100,000-customer book,
-- most of an import's time) to an FTS5 table with one row per customer (rowid = customer id), its
-- words joined by spaces. detail=none: the search asks only "has a word starting so", never
-- positions; prefix indexes for 1 to 3 letters keep short typed words quick. The words are
-- already upper case without accents (logic.customer.SearchWords), one token each.
-- PostgreSQL keeps customer_word (persistence.customer.SearchWordStore chooses).
CREATE VIRTUAL TABLE customer_search USING fts5(words, detail='none', tokenize='unicode61 remove_diacritics 0',
    prefix='1 2 3');
INSERT INTO customer_search (rowid, words)
    SELECT customer_id, group_concat(word, ' ') FROM customer_word GROUP BY customer_id;
DROP TABLE customer_word;
