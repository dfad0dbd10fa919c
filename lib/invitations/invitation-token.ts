import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";

export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

// The token travels only in the e-mailed link; the database keeps its sha256.
export const newInvitationToken = newSecretToken;
export const hashInvitationToken = hashSecretToken;
