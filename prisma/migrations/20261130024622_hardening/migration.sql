-- AlterTable
ALTER TABLE "Person" ALTER COLUMN "calendarToken" SET DEFAULT translate(rtrim(encode(sha256((((gen_random_uuid())::text || (gen_random_uuid())::text))::bytea), 'base64'::text), '='::text), '+/'::text, '-_'::text);

-- Rotate every calendar feed token that did not come from 32 random bytes (cuid() values,
-- about 41 random bits, and UUIDs): subscribed calendars must take the new link from the
-- calendar settings page (docs/decisions/014-hardening.md).
UPDATE "Person" SET "calendarToken" = DEFAULT WHERE "calendarToken" !~ '^[A-Za-z0-9_-]{43}$';

-- CreateTable
CREATE TABLE "SubmissionKey" (
    "key" TEXT NOT NULL,
    "resultId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SubmissionKey_createdAt_idx" ON "SubmissionKey"("createdAt");
