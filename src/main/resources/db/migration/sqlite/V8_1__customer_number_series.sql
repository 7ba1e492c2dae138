-- The customer series starts after the highest C-<digits> number already in the book.
UPDATE document_sequence SET next_value = MAX(next_value, (SELECT COALESCE(MAX(CAST(SUBSTR(customer_no, 3) AS INTEGER)) + 1, 0)
    FROM customer WHERE customer_no GLOB 'C-[0-9]*' AND SUBSTR(customer_no, 3) NOT GLOB '*[^0-9]*'))
WHERE series = 'CUSTOMER';
