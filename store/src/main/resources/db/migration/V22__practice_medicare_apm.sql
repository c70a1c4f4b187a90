-- Whether the practice is a qualifying APM participant (QP): from 2026 Medicare pays QPs at a higher conversion
-- factor (33.5675 against 33.4009). Most practices are not, so existing practices keep the usual factor.
ALTER TABLE practice ADD COLUMN medicare_qualifying_apm BOOLEAN NOT NULL DEFAULT FALSE;
