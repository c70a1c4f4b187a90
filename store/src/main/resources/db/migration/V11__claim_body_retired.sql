-- Every claim is rows now (V10 filled them from the bodies): the JSON text is no longer kept on the claim, so nothing
-- can read a claim that disagrees with its rows. claim_event.body keeps each version as history.
ALTER TABLE claim DROP COLUMN body;
ALTER TABLE claim ALTER COLUMN unit_method SET NOT NULL;
ALTER TABLE claim ALTER COLUMN total_timed_minutes SET NOT NULL;
ALTER TABLE claim ALTER COLUMN total_timed_units SET NOT NULL;
