-- A claim moved forward past its error findings keeps the reason given beside the move's note in its history:
-- room for both (each at most 500 characters) and the words that join them.
ALTER TABLE claim_event ALTER COLUMN note SET DATA TYPE VARCHAR(1200);
