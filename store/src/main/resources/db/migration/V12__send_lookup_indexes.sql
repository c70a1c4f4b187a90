-- Sending reads the referrals of thousands of patients at once (and a visit's scrub reads one patient's): without
-- an index PostgreSQL scans every referral for each patient (H2 indexes the foreign key by itself).
CREATE INDEX referral_patient_idx ON referral (patient_id);
