-- The scrubbed claim as a record the store owns, instead of the API's JSON text in claim.body: its lines, its
-- diagnoses in pointer order and its findings are rows, so pages, posting and reports read one record and reports
-- can ask SQL about claim lines. A revision (a re-scrub of an unsent or rejected claim) replaces these rows; each
-- version stays in claim_event.body as history. V10 fills these from the bodies of existing claims; V11 retires
-- claim.body.

-- How the timed codes became units and the totals it found; the payer the scrub ran for when it is not the claim's
-- own (a secondary claim bills what was scrubbed for the primary payer); and the patient as the claim billed them,
-- so the documents of a sent claim keep showing the patient as sent (JSON the app writes and reads).
ALTER TABLE claim ADD COLUMN unit_method VARCHAR(10);
ALTER TABLE claim ADD COLUMN total_timed_minutes INTEGER;
ALTER TABLE claim ADD COLUMN total_timed_units INTEGER;
ALTER TABLE claim ADD COLUMN scrubbed_payer_id VARCHAR(40);
ALTER TABLE claim ADD COLUMN patient_facts TEXT;

-- One billed code: modifiers comma-joined in their order (837P SV101-3..6), pointers comma-joined letters into the
-- claim's diagnoses (A = position 1), money in cents.
CREATE TABLE claim_line (
    claim_id      BIGINT      NOT NULL REFERENCES claim (id),
    line_number   INTEGER     NOT NULL,
    code          VARCHAR(20) NOT NULL,
    modifiers     VARCHAR(60) NOT NULL,
    units         INTEGER     NOT NULL,
    minutes       INTEGER,
    pointers      VARCHAR(60) NOT NULL,
    charge_cents  BIGINT,
    allowed_cents BIGINT,
    description   TEXT,
    PRIMARY KEY (claim_id, line_number)
);
CREATE INDEX claim_line_code_idx ON claim_line (code);

CREATE TABLE claim_diagnosis (
    claim_id BIGINT      NOT NULL REFERENCES claim (id),
    position INTEGER     NOT NULL,
    code     VARCHAR(10) NOT NULL,
    PRIMARY KEY (claim_id, position)
);

-- What the scrub found, in the order it said it: severity by its id (error, warning, info), the codes it concerns
-- comma-joined, and the one-click remedy as JSON ({"type": "add-diagnosis", ...}) where the engine had one.
CREATE TABLE claim_finding (
    claim_id BIGINT       NOT NULL REFERENCES claim (id),
    position INTEGER      NOT NULL,
    rule     VARCHAR(100) NOT NULL,
    severity VARCHAR(10)  NOT NULL,
    codes    VARCHAR(400) NOT NULL,
    message  TEXT         NOT NULL,
    source   TEXT         NOT NULL,
    fix      TEXT,
    remedy   TEXT,
    PRIMARY KEY (claim_id, position)
);

-- History keeps the claim as each version was made (created, revised); a status move or a note changes no contents
-- and keeps none.
ALTER TABLE claim_event ALTER COLUMN body DROP NOT NULL;
