-- Calendar feed tokens are kept only as their sha256 (lib/security/secret-token.ts), and
-- expire after 180 days without a fetch (lib/calendar/calendar-feed-token.ts). Addresses
-- already subscribed go on working: their token is hashed in place, as the app now hashes
-- it, and gets the full lifetime from now (each fetch renews it).
ALTER TABLE "Person" RENAME COLUMN "calendarToken" TO "calendarTokenHash";
ALTER TABLE "Person" ALTER COLUMN "calendarTokenHash" DROP DEFAULT, ALTER COLUMN "calendarTokenHash" DROP NOT NULL;
ALTER INDEX "Person_calendarToken_key" RENAME TO "Person_calendarTokenHash_key";
ALTER TABLE "Person" ADD COLUMN "calendarTokenExpiresAt" TIMESTAMPTZ(3);
UPDATE "Person" SET "calendarTokenHash" = encode(sha256(convert_to("calendarTokenHash", 'UTF8')), 'hex'), "calendarTokenExpiresAt" = now() + interval '180 days';
