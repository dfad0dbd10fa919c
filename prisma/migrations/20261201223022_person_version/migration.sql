-- The account form saves a person's details only over the version it showed: two devices
-- cannot silently overwrite each other (lib/account/update-account.ts).
ALTER TABLE "Person" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
