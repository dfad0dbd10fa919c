import { getAccount } from "@/lib/account/get-account";
import { getAction } from "@/lib/actions/get-action";
import { getActionFormOptions } from "@/lib/actions/get-action-form-options";
import { listActions } from "@/lib/actions/list-actions";
import { listMyActions } from "@/lib/actions/list-my-actions";
import { listProgrammes } from "@/lib/admin/list-programmes";
import { getAgenda } from "@/lib/agenda/get-agenda";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { authorize } from "@/lib/auth/policy";
import { viewerAndPartFromSessionToken } from "@/lib/auth/viewer";
import { getCalendarSettings } from "@/lib/calendar/get-calendar-settings";
import { getAttendance } from "@/lib/dinners/get-attendance";
import { getDinner } from "@/lib/dinners/get-dinner";
import { getDinnerForm } from "@/lib/dinners/get-dinner-form";
import { getDinnerYear } from "@/lib/dinners/get-dinner-year";
import { startPagePart } from "@/lib/dinners/get-start-page";
import { getFollowUpDashboard } from "@/lib/follow-up/get-follow-up-dashboard";
import { getMemberDirectory } from "@/lib/members/get-member-directory";
import { getMembership } from "@/lib/members/get-membership";
import { getNewPollForm } from "@/lib/polls/get-new-poll-form";
import { getPoll } from "@/lib/polls/get-poll";
import { listOpenPolls } from "@/lib/polls/list-open-polls";
import { getProgrammeOverview } from "@/lib/programmes/get-programme-overview";
import { getProgrammeSettings } from "@/lib/programmes/get-programme-settings";
import { getProgrammePlan } from "@/lib/plan/get-programme-plan";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { getPrivacyOverview } from "@/lib/privacy/get-privacy-overview";
import { getTopicHistory } from "@/lib/topics/get-topic-history";
import { listTopics } from "@/lib/topics/list-topics";
import { getSignal } from "@/lib/signals/get-signal";
import { getSignalForm } from "@/lib/signals/get-signal-form";
import { getSignalSettings } from "@/lib/signals/get-signal-settings";
import { getTensionPicture } from "@/lib/signals/get-tension-picture";
import { getIncident } from "@/lib/incidents/get-incident";
import { getProtocol } from "@/lib/incidents/get-protocol";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { getPushSettings } from "@/lib/push/get-push-settings";
import { programmeWithIncidents } from "./data-sets";
import { getCouncilReport } from "@/lib/council/get-council-report";
import { getRegionalView } from "@/lib/regional/get-regional-view";
import { getTrustTrend } from "@/lib/trust/get-trust-trend";
import { regionWithProgrammes } from "./regional-data-set";
import { programmeWithActions, programmeWithDinners, programmeWithMembers, programmeWithSignals } from "./data-sets";

// The query budget: every page data function (a lib/ function a page, layout or route
// calls inside loadForPage(), found by tests/query-budget/discover.ts), measured on a small
// and a large data set. It must send the same number of queries on both, and no more than
// its budget. A page data function without an entry here fails the runner
// (tests/integration/query-budget.test.ts). To add one: pick the data set whose rows the
// function reads (or add a data set in ./data-sets.ts), call it as the page does, and set
// the budget to the count the runner prints.

export const dataSets = {
  actions: { sizes: [10, 1_000], build: (size: number) => programmeWithActions(size, new Date("2026-11-21T12:00:00Z")) },
  dinners: { sizes: [3, 30], build: (size: number) => programmeWithDinners(size, new Date()) },
  members: { sizes: [3, 60], build: (size: number) => programmeWithMembers(size) },
  signals: { sizes: [2, 24], build: (months: number) => programmeWithSignals(months, new Date("2026-11-21T12:00:00Z")) },
  incidents: { sizes: [3, 24], build: (size: number) => programmeWithIncidents(size, new Date("2026-11-21T12:00:00Z")) },
  regional: { sizes: [3, 60], build: (size: number) => regionWithProgrammes(size, new Date("2026-11-21T12:00:00Z")) },
} as const;

type Sets = { [K in keyof typeof dataSets]: Awaited<ReturnType<(typeof dataSets)[K]["build"]>> };

export type BudgetEntry = {
  [K in keyof Sets]: {
    // The page data function, by the name pages import it under.
    fn: string;
    // Tells several calls of one function apart (filters, a second page calling it).
    variant?: string;
    data: K;
    load: (set: Sets[K]) => unknown;
    // Queries at most; 0 = must not touch the database.
    budget: number;
    // Sequential round trips (waves of statements sent together) at most, where a page's
    // latency matters most (issue 10); the viewer's one statement comes on top.
    roundTrips?: number;
  };
}[keyof Sets];

export const queryBudget: BudgetEntry[] = [
  // Trust, council report and regional view (issue 13).
  { fn: "getTrustTrend", data: "actions", budget: 1, load: (s) => getTrustTrend(s.viewer, s.programmeId, {}, s.now) },
  { fn: "getCouncilReport", data: "actions", budget: 1, roundTrips: 1, load: (s) => getCouncilReport(s.viewer, s.programmeId, { from: "2024-01-01", to: "2026-12-31" }, s.now) },
  { fn: "getRegionalView", data: "regional", budget: 2, roundTrips: 1, load: (s) => getRegionalView(s.viewer, s.now) },
  // Incidents and contact health (issue 12): 3 vs 24 members, incidents, drafts and devices.
  { fn: "listIncidents", data: "incidents", budget: 3, load: (s) => listIncidents(s.viewer, s.programmeId) },
  { fn: "getIncident", data: "incidents", budget: 1, roundTrips: 1, load: (s) => getIncident(s.viewer, s.programmeId, s.incidentId) },
  { fn: "getIncident", variant: "ally", data: "incidents", budget: 1, load: (s) => getIncident(s.ally, s.programmeId, s.incidentId) },
  { fn: "getProtocol", data: "incidents", budget: 1, roundTrips: 1, load: (s) => getProtocol(s.viewer, s.programmeId) },
  // The agenda's incident reviews: 3 vs 24 incidents (one closed with a review before the next dinner).
  { fn: "getAgenda", variant: "incident reviews", data: "incidents", budget: 1, roundTrips: 1, load: (s) => getAgenda(s.viewer, s.programmeId, s.next) },
  // The programme overview (its contact health among them) for an ally: no quiet members, no first steps.
  { fn: "getProgrammeOverview", variant: "ally", data: "incidents", budget: 1, roundTrips: 1, load: (s) => getProgrammeOverview(s.ally, s.programmeId, s.now) },
  { fn: "getPushSettings", data: "incidents", budget: 1, load: (s) => getPushSettings(s.viewer) },
  // Signals and the tension picture (issue 11): 2 vs 24 months of signals and pulse rounds.
  { fn: "getTensionPicture", data: "signals", budget: 1, roundTrips: 1, load: (s) => getTensionPicture(s.viewer, s.programmeId, s.now) },
  { fn: "getTensionPicture", variant: "ally", data: "signals", budget: 1, load: (s) => getTensionPicture(s.ally, s.programmeId, s.now) },
  { fn: "getSignalForm", data: "signals", budget: 2, load: (s) => getSignalForm(s.viewer, s.programmeId) },
  { fn: "getSignal", data: "signals", budget: 3, load: (s) => getSignal(s.viewer, s.programmeId, s.signalId, s.now) },
  { fn: "getSignalSettings", data: "signals", budget: 2, load: (s) => getSignalSettings(s.viewer, s.programmeId) },
  // The agenda's signals since the last dinner, for a professional and for an ally.
  { fn: "getAgenda", variant: "signals", data: "signals", budget: 1, roundTrips: 1, load: (s) => getAgenda(s.viewer, s.programmeId, s.next) },
  { fn: "getAgenda", variant: "signals, ally", data: "signals", budget: 1, roundTrips: 1, load: (s) => getAgenda(s.ally, s.programmeId, s.next) },
  // Actions, follow-up and topics: 10 vs 1,000 actions.
  // The programme overview with the contact health and the coordinator's first steps (decision 029).
  { fn: "getProgrammeOverview", data: "actions", budget: 1, roundTrips: 1, load: (s) => getProgrammeOverview(s.viewer, s.programmeId, s.now) },
  // The figures and a page of the list in one statement (the page sent two before).
  { fn: "getFollowUpDashboard", data: "actions", budget: 1, roundTrips: 1, load: (s) => getFollowUpDashboard(s.viewer, s.programmeId, {}, { limit: 25 }, s.now) },
  { fn: "getFollowUpDashboard", variant: "filtered", data: "actions", budget: 1, roundTrips: 1, load: (s) => getFollowUpDashboard(s.viewer, s.programmeId, { status: "OVERDUE", party: "POLICE", owner: s.ownerId }, { limit: 25, page: 2 }, s.now) },
  { fn: "listMyActions", data: "actions", budget: 1, load: (s) => listMyActions(s.viewer, s.now) },
  { fn: "listActions", data: "actions", budget: 2, roundTrips: 1, load: (s) => listActions(s.viewer, s.programmeId, { status: "all" }) },
  // Issue 14: +2 for who logged it (membership and name).
  { fn: "getAction", data: "actions", budget: 1, load: (s) => getAction(s.viewer, s.programmeId, s.actionId) },
  { fn: "getActionFormOptions", variant: "new action", data: "actions", budget: 3, load: (s) => getActionFormOptions(s.viewer, s.programmeId, { dinnerId: s.heldDinnerId }, s.now) },
  { fn: "getActionFormOptions", variant: "edit", data: "actions", budget: 4, load: (s) => getActionFormOptions(s.viewer, s.programmeId, { actionId: s.actionId }, s.now) },
  { fn: "listTopics", data: "actions", budget: 3, load: (s) => listTopics(s.viewer, s.programmeId) },
  { fn: "getTopicHistory", data: "actions", budget: 3, roundTrips: 3, load: (s) => getTopicHistory(s.viewer, s.programmeId, s.topicId) },
  { fn: "getProgrammeSettings", data: "actions", budget: 1, load: (s) => getProgrammeSettings(s.viewer, s.programmeId) },
  // Programme plan, readiness and privacy (issue 13).
  { fn: "getProgrammePlan", data: "actions", budget: 2, load: (s) => getProgrammePlan(s.viewer, s.programmeId, s.now) },
  { fn: "getReadiness", data: "actions", budget: 2, load: (s) => getReadiness(s.viewer, s.programmeId) },
  { fn: "getPrivacyOverview", data: "actions", budget: 1, load: (s) => getPrivacyOverview(s.viewer, s.programmeId) },
  // Dinners, agenda and polls: 3 vs 30 members, dinners, agenda items and polls.
  { fn: "getDinnerYear", data: "dinners", budget: 1, load: (s) => getDinnerYear(s.viewer, s.programmeId, undefined, s.now) },
  { fn: "getDinner", data: "dinners", budget: 1, roundTrips: 1, load: (s) => getDinner(s.viewer, s.programmeId, s.next, s.now) },
  // The start page: its part and the viewer in one statement, as the page reads them.
  { fn: "startPagePart", data: "dinners", budget: 1, roundTrips: 1, load: (s) => viewerAndPartFromSessionToken(s.sessionToken, startPagePart(s.now), s.now) },
  { fn: "getAttendance", data: "dinners", budget: 3, load: (s) => getAttendance(s.viewer, s.programmeId, s.held, s.now) },
  { fn: "getDinnerForm", variant: "edit", data: "dinners", budget: 2, load: (s) => getDinnerForm(s.viewer, s.programmeId, s.next) },
  { fn: "getDinnerForm", variant: "new", data: "dinners", budget: 1, load: (s) => getDinnerForm(s.viewer, s.programmeId) },
  { fn: "getAgenda", data: "dinners", budget: 1, roundTrips: 1, load: (s) => getAgenda(s.viewer, s.programmeId, s.next) },
  { fn: "listOpenPolls", data: "dinners", budget: 1, load: (s) => listOpenPolls(s.viewer, s.programmeId) },
  { fn: "getPoll", data: "dinners", budget: 1, roundTrips: 1, load: (s) => getPoll(s.viewer, s.programmeId, s.pollId) },
  { fn: "getNewPollForm", data: "dinners", budget: 0, load: (s) => getNewPollForm(s.viewer, s.programmeId) },
  // Members, invitations, audit, admin and the member's own pages: 3 vs 60 members.
  // With the invitations and the audit line of the phones shown (decision 029).
  { fn: "getMemberDirectory", data: "members", budget: 1, roundTrips: 1, load: (s) => getMemberDirectory(s.viewer, s.programmeId) },
  // Issue 14: + people for the person filter and the routine summary (the zone comes with the viewer).
  { fn: "listAuditEvents", data: "members", budget: 6, load: (s) => listAuditEvents(s.viewer, s.programmeId) },
  { fn: "listProgrammes", data: "members", budget: 2, load: (s) => listProgrammes(s.admin) },
  { fn: "getMembership", data: "members", budget: 1, load: (s) => getMembership(s.viewer, s.programmeId, s.membershipId) },
  // The invite page only checks the permission: the viewer carries its memberships.
  { fn: "authorize", variant: "members.manage", data: "members", budget: 0, load: (s) => authorize(s.viewer, "members.manage", s.programmeId) },
  { fn: "getAccount", data: "members", budget: 1, load: (s) => getAccount(s.viewer) },
  { fn: "getCalendarSettings", data: "members", budget: 1, load: (s) => getCalendarSettings(s.viewer) },
];
