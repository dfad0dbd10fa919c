import { cookies } from "next/headers";

// next-auth's cookie names: the __Secure- prefix is used when the site runs on https.
export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export async function readSessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of sessionCookieNames) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return undefined;
}

export async function clearSessionCookie() {
  const jar = await cookies();
  for (const name of sessionCookieNames) jar.delete(name);
}
