-- Dunning levels kept by a person (issue 15): each level chooses which letter it prints (title and
-- tone: REMINDER, SECOND_REMINDER, FINAL_NOTICE). Existing levels keep the letter their number
-- printed until now (1 a reminder, 2 the second reminder, 3 and up the final notice).
ALTER TABLE dunning_level ADD COLUMN letter_template VARCHAR(20) NOT NULL DEFAULT 'REMINDER';
UPDATE dunning_level SET letter_template = 'SECOND_REMINDER' WHERE level_no = 2;
UPDATE dunning_level SET letter_template = 'FINAL_NOTICE' WHERE level_no >= 3;
