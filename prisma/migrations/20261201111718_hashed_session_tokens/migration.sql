-- Session tokens are kept only as their sha256 (lib/security/secret-token.ts). Sessions made
-- before this go on working: their token is hashed in place, as the app now hashes it.
ALTER TABLE "Session" RENAME COLUMN "sessionToken" TO "tokenHash";
ALTER INDEX "Session_sessionToken_key" RENAME TO "Session_tokenHash_key";
UPDATE "Session" SET "tokenHash" = encode(sha256(convert_to("tokenHash", 'UTF8')), 'hex');

-- A single sign-on link keeps no provider tokens: they are not needed after sign-in.
ALTER TABLE "Account" DROP COLUMN "access_token",
DROP COLUMN "expires_at",
DROP COLUMN "id_token",
DROP COLUMN "refresh_token",
DROP COLUMN "scope",
DROP COLUMN "session_state",
DROP COLUMN "token_type";
