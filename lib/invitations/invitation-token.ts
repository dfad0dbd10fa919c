import { hashSecretToken } from "@/lib/security/secret-token";

export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

// The token travels only in the e-mailed link, made when the e-mail is sent
// (lib/email/email-links.ts); the database keeps its sha256.
export const hashInvitationToken = hashSecretToken;
