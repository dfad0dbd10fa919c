-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "groupChatVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "retentionVersion" INTEGER NOT NULL DEFAULT 1;

-- A form open during the upgrade carries the programme's one version of before: it still saves.
UPDATE "Programme" SET "groupChatVersion" = "version", "retentionVersion" = "version";
