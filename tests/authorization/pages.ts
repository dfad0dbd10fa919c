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
  { route: "/programmes/[programmeId]/dinners", path: (ids) => `/programmes/${ids.programmeId}/dinners?year=2025`, allow: members },
  // Police liaisons plan only where the programme allows it (the demo does not).
  { route: "/programmes/[programmeId]/dinners/new", path: (ids) => `/programmes/${ids.programmeId}/dinners/new`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/dinners/[dinnerId]", path: (ids) => `/programmes/${ids.programmeId}/dinners/${ids.nextDinnerId}`, allow: members },
  { route: "/programmes/[programmeId]/dinners/[dinnerId]/edit", path: (ids) => `/programmes/${ids.programmeId}/dinners/${ids.nextDinnerId}/edit`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/dinners/[dinnerId]/attendance", path: (ids) => `/programmes/${ids.programmeId}/dinners/${ids.heldDinnerId}/attendance`, allow: ["coordinator"] },
  { route: "/my/actions", path: () => "/my/actions", allow: signedIn },
  { route: "/programmes/[programmeId]/follow-up", path: (ids) => `/programmes/${ids.programmeId}/follow-up`, allow: members },
  { route: "/programmes/[programmeId]/follow-up/actions.csv", path: (ids) => `/programmes/${ids.programmeId}/follow-up/actions.csv`, allow: members },
  { route: "/programmes/[programmeId]/polls", path: (ids) => `/programmes/${ids.programmeId}/polls`, allow: members },
  { route: "/programmes/[programmeId]/polls/new", path: (ids) => `/programmes/${ids.programmeId}/polls/new`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/polls/[pollId]", path: (ids) => `/programmes/${ids.programmeId}/polls/${ids.pollId}`, allow: members },
  { route: "/programmes/[programmeId]/settings", path: (ids) => `/programmes/${ids.programmeId}/settings`, allow: ["coordinator"] },
  { route: "/account/calendar", path: () => "/account/calendar", allow: signedIn },
  // Route handler: signed out → sign-in, like a page; only members of the programme get the file.
  { route: "/programmes/[programmeId]/dinners/[dinnerId]/calendar.ics", path: (ids) => `/programmes/${ids.programmeId}/dinners/${ids.nextDinnerId}/calendar.ics`, allow: members },
  // Public route, but token-protected: the secret calendar token in the path is the credential
  // (calendar apps send no cookies), here Els's. A wrong or reset token gives 404 to anyone
  // (lib/calendar/calendar.test.ts, tests/e2e/calendar.spec.ts).
  { route: "/calendar/[token]/feed.ics", path: (ids) => `/calendar/${ids.calendarToken}/feed.ics`, allow: "public" },
  { route: "/programmes/[programmeId]/topics", path: (ids) => `/programmes/${ids.programmeId}/topics`, allow: members },
  { route: "/programmes/[programmeId]/topics/[topicId]", path: (ids) => `/programmes/${ids.programmeId}/topics/${ids.topicId}`, allow: members },
  { route: "/programmes/[programmeId]/dinners/[dinnerId]/agenda", path: (ids) => `/programmes/${ids.programmeId}/dinners/${ids.nextDinnerId}/agenda`, allow: members },
  { route: "/programmes/[programmeId]/actions", path: (ids) => `/programmes/${ids.programmeId}/actions?status=all&lead=POLICE`, allow: members },
  { route: "/programmes/[programmeId]/actions/new", path: (ids) => `/programmes/${ids.programmeId}/actions/new?dinnerId=${ids.heldDinnerId}`, allow: ["police", "coordinator"] },
  { route: "/programmes/[programmeId]/actions/[actionId]", path: (ids) => `/programmes/${ids.programmeId}/actions/${ids.actionId}`, allow: members },
  { route: "/programmes/[programmeId]/actions/[actionId]/edit", path: (ids) => `/programmes/${ids.programmeId}/actions/${ids.actionId}/edit`, allow: ["police", "coordinator"] },
  { route: "/programmes/[programmeId]/members", path: (ids) => `/programmes/${ids.programmeId}/members`, allow: members },
  { route: "/programmes/[programmeId]/members/invite", path: (ids) => `/programmes/${ids.programmeId}/members/invite`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/members/[membershipId]", path: (ids) => `/programmes/${ids.programmeId}/members/${ids.allyMembershipId}`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/audit", path: (ids) => `/programmes/${ids.programmeId}/audit`, allow: ["coordinator"] },
  { route: "/admin/programmes", path: () => "/admin/programmes", allow: ["admin"] },
  { route: "/account", path: () => "/account", allow: signedIn },
  { route: "/account/erase", path: () => "/account/erase", allow: signedIn },
  // Route handler: signed out → sign-in; each signed-in caller downloads only their own data.
  { route: "/account/export", path: () => "/account/export", allow: signedIn },
  // Public, token-protected: an unknown token shows "this invitation link is not valid" to anyone.
  { route: "/invitations/[token]", path: () => "/invitations/not-a-valid-token", allow: "public" },
  // Route handler for the accept form (POST); a GET only redirects (303) to the invitation page.
  { route: "/invitations/[token]/accept", path: () => "/invitations/not-a-valid-token/accept", allow: "public" },
];
