-- A real practice sets itself up: a clearinghouse it may not have yet, a pay-to address, its Medicare locality,
-- a test flag for the demo; providers with licence state and a supervisor; a payer directory with its own ids,
-- overrides and contracted fees; the practice's fee schedule. One ALTER per column: H2 takes no ADD lists.

-- A new practice has no clearinghouse until it signs up with one: paper claims need none of these.
ALTER TABLE practice ALTER COLUMN submitter_name DROP NOT NULL;
ALTER TABLE practice ALTER COLUMN submitter_id DROP NOT NULL;
ALTER TABLE practice ALTER COLUMN contact_name DROP NOT NULL;
ALTER TABLE practice ALTER COLUMN contact_phone DROP NOT NULL;
ALTER TABLE practice ALTER COLUMN receiver_name DROP NOT NULL;
ALTER TABLE practice ALTER COLUMN receiver_id DROP NOT NULL;
ALTER TABLE practice ADD COLUMN pay_to_line1 VARCHAR(55);
ALTER TABLE practice ADD COLUMN pay_to_line2 VARCHAR(55);
ALTER TABLE practice ADD COLUMN pay_to_city VARCHAR(30);
ALTER TABLE practice ADD COLUMN pay_to_state CHAR(2);
ALTER TABLE practice ADD COLUMN pay_to_zip VARCHAR(10);
ALTER TABLE practice ADD COLUMN medicare_locality VARCHAR(12);
ALTER TABLE practice ADD COLUMN test_data BOOLEAN NOT NULL DEFAULT FALSE;
-- The fee schedule is replaced as a whole and locked apart from the practice row: editing fees and editing the
-- address at the same time are not a conflict.
ALTER TABLE practice ADD COLUMN fees_version INTEGER NOT NULL DEFAULT 0;

ALTER TABLE provider ADD COLUMN license_state CHAR(2);
-- The supervisor by row id, so a supervisor's corrected NPI keeps the link.
ALTER TABLE provider ADD COLUMN supervisor_id BIGINT;
ALTER TABLE provider ADD CONSTRAINT provider_supervisor_fk FOREIGN KEY (supervisor_id) REFERENCES provider (id);
ALTER TABLE provider ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

ALTER TABLE payer_account ADD COLUMN claim_filing_indicator VARCHAR(2);
ALTER TABLE payer_account ADD COLUMN address_line1 VARCHAR(55);
ALTER TABLE payer_account ADD COLUMN address_line2 VARCHAR(55);
ALTER TABLE payer_account ADD COLUMN city VARCHAR(30);
ALTER TABLE payer_account ADD COLUMN state CHAR(2);
ALTER TABLE payer_account ADD COLUMN zip VARCHAR(10);
ALTER TABLE payer_account ADD COLUMN timely_filing_days INTEGER;
ALTER TABLE payer_account ADD COLUMN unit_method VARCHAR(10);
ALTER TABLE payer_account ADD COLUMN distinct_modifier VARCHAR(2);
ALTER TABLE payer_account ADD COLUMN source VARCHAR(300);
ALTER TABLE payer_account ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- One entry per electronic payer id and rule pack: an insurer's commercial plans and its Medicare Advantage plans
-- often share a payer id (UnitedHealthcare's 87726) yet follow different packs.
ALTER TABLE payer_account ADD CONSTRAINT payer_account_electronic_unique UNIQUE (practice_id, electronic_id, pack);

-- What the practice contracted with a payer: the allowed amount per unit of a code.
CREATE TABLE payer_fee (
    payer_account_id BIGINT     NOT NULL REFERENCES payer_account (id),
    code             VARCHAR(5) NOT NULL,
    allowed_cents    BIGINT     NOT NULL,
    PRIMARY KEY (payer_account_id, code)
);

-- The practice's charge per unit of a code; modifier '' is the code's own fee (a key column cannot be NULL).
CREATE TABLE practice_fee (
    practice_id  BIGINT     NOT NULL REFERENCES practice (id),
    code         VARCHAR(5) NOT NULL,
    modifier     VARCHAR(2) NOT NULL DEFAULT '',
    charge_cents BIGINT     NOT NULL,
    PRIMARY KEY (practice_id, code, modifier)
);

-- Self-pay sessions at a set price, whatever their units.
CREATE TABLE session_price (
    practice_id BIGINT     NOT NULL REFERENCES practice (id),
    code        VARCHAR(5) NOT NULL,
    minutes     INTEGER    NOT NULL,
    price_cents BIGINT     NOT NULL,
    PRIMARY KEY (practice_id, code, minutes)
);

-- The practice, provider and payer facts a claim was made with (JSON written by the app), so changing the
-- practice later does not rewrite a claim already made. Claims made before this migration have none.
ALTER TABLE claim ADD COLUMN practice_facts TEXT;
