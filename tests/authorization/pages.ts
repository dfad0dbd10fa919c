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
  { route: "/programmes/[programmeId]/trust", path: (ids) => `/programmes/${ids.programmeId}/trust?year=${new Date().getUTCFullYear()}`, allow: members },
  { route: "/programmes/[programmeId]/follow-up/actions.csv", path: (ids) => `/programmes/${ids.programmeId}/follow-up/actions.csv`, allow: members },
  { route: "/programmes/[programmeId]/polls", path: (ids) => `/programmes/${ids.programmeId}/polls`, allow: members },
  { route: "/programmes/[programmeId]/polls/new", path: (ids) => `/programmes/${ids.programmeId}/polls/new`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/polls/[pollId]", path: (ids) => `/programmes/${ids.programmeId}/polls/${ids.pollId}`, allow: members },
  { route: "/programmes/[programmeId]/plan", path: (ids) => `/programmes/${ids.programmeId}/plan`, allow: members },
  { route: "/programmes/[programmeId]/readiness", path: (ids) => `/programmes/${ids.programmeId}/readiness`, allow: members },
  { route: "/programmes/[programmeId]/privacy", path: (ids) => `/programmes/${ids.programmeId}/privacy`, allow: members },
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
  { route: "/programmes/[programmeId]/signals", path: (ids) => `/programmes/${ids.programmeId}/signals`, allow: members },
  { route: "/programmes/[programmeId]/signals/new", path: (ids) => `/programmes/${ids.programmeId}/signals/new`, allow: members },
  { route: "/programmes/[programmeId]/signals/[signalId]", path: (ids) => `/programmes/${ids.programmeId}/signals/${ids.signalId}`, allow: members },
  { route: "/programmes/[programmeId]/signals/settings", path: (ids) => `/programmes/${ids.programmeId}/signals/settings`, allow: ["coordinator"] },
  // Public, token-protected: an unknown pulse token shows "this link is not valid" to anyone.
  { route: "/pulse/[token]", path: () => "/pulse/not-a-valid-token", allow: "public" },
  { route: "/admin/programmes", path: () => "/admin/programmes", allow: ["admin"] },
  // Issue 13: the trust check's e-mailed link (public, token-protected: an unknown token shows
  // "no longer valid" to anyone; its answer route's GET only redirects to it), the council
  // report and its PDF (coordinators), the regional view (regional coordinators only; they get
  // 404 on every programme page, as every caller not listed does).
  { route: "/trust/[token]", path: () => "/trust/not-a-valid-token", allow: "public" },
  { route: "/trust/[token]/answer", path: () => "/trust/not-a-valid-token/answer", allow: "public" },
  // Issue 14: a reminder e-mail's answer link (public, token-protected: an unknown token shows
  // "this link no longer works"; a GET of ./confirm records nothing and goes back to the page).
  { route: "/answer/[token]", path: () => "/answer/not-a-valid-token?answer=YES", allow: "public" },
  { route: "/answer/[token]/confirm", path: () => "/answer/not-a-valid-token/confirm", allow: "public" },
  { route: "/programmes/[programmeId]/council-report", path: (ids) => `/programmes/${ids.programmeId}/council-report?from=2026-01-01&to=2026-12-31`, allow: ["coordinator"] },
  { route: "/programmes/[programmeId]/council-report/report.pdf", path: (ids) => `/programmes/${ids.programmeId}/council-report/report.pdf`, allow: ["coordinator"] },
  { route: "/regional", path: () => "/regional", allow: ["regional"] },
  { route: "/account", path: () => "/account", allow: signedIn },
  { route: "/account/erase", path: () => "/account/erase", allow: signedIn },
  // Route handler: signed out → sign-in; each signed-in caller downloads only their own data.
  { route: "/account/export", path: () => "/account/export", allow: signedIn },
  // Sets the language cookie to the member's saved language and goes back (lib/i18n/locale-cookie.ts).
  { route: "/language/sync", path: () => "/language/sync?to=%2Faccount", allow: signedIn },
  // Public, token-protected: an unknown token shows "this invitation link is not valid" to anyone.
  { route: "/invitations/[token]", path: () => "/invitations/not-a-valid-token", allow: "public" },
  // Route handler for the accept form (POST); a GET only redirects (303) to the invitation page.
  { route: "/invitations/[token]/accept", path: () => "/invitations/not-a-valid-token/accept", allow: "public" },
  // Incidents (issue 12).
  { route: "/programmes/[programmeId]/incidents", path: (ids) => `/programmes/${ids.programmeId}/incidents`, allow: members },
  { route: "/programmes/[programmeId]/incidents/[incidentId]", path: (ids) => `/programmes/${ids.programmeId}/incidents/${ids.openIncidentId}`, allow: members },
  { route: "/programmes/[programmeId]/incidents/[incidentId]/meetings/[meetingId]/calendar.ics", path: (ids) => `/programmes/${ids.programmeId}/incidents/${ids.openIncidentId}/meetings/${ids.timedMeetingId}/calendar.ics`, allow: members },
  { route: "/programmes/[programmeId]/protocol", path: (ids) => `/programmes/${ids.programmeId}/protocol`, allow: members },
  { route: "/programmes/[programmeId]/protocol/card", path: (ids) => `/programmes/${ids.programmeId}/protocol/card`, allow: members },
  // Route handler: the opt-in script POSTs a device's subscription; a GET only redirects (303) to the account page.
  { route: "/account/push", path: () => "/account/push", allow: signedIn },
];
