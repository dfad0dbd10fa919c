import type { DemoIds } from "./demo-ids";
import { members, signedIn, type Caller } from "./roles";

// Every page route, who may open it, and a concrete path to try. `public` pages open
// for everyone; for the rest, a signed-out caller is sent to sign-in and any other
// caller not listed gets the 404 page. A route missing here fails the matrix test.
export type PageEntry = { route: string; path: (ids: DemoIds) => string; allow: readonly Caller[] | "public" };

export const pageMatrix: PageEntry[] = [
  { route: "/", path: () => "/", allow: signedIn },
  { route: "/signin", path: () => "/signin", allow: "public" },
  { route: "/signin/check-email", path: () => "/signin/check-email", allow: "public" },
  { route: "/programmes/[programmeId]", path: (ids) => `/programmes/${ids.programmeId}`, allow: members },
];
