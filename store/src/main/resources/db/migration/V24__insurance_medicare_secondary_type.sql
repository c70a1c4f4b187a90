-- Why Medicare pays after another payer (the Medicare Secondary Payer type, 837P SBR05: 12, 13, 14, 15, 16, 41, 42,
-- 43 or 47), as the biller knows it from the patient's MSP questionnaire; empty lets the claim infer it from the
-- primary's kind of plan and the patient's age.
ALTER TABLE insurance ADD COLUMN medicare_secondary_type VARCHAR(2);
