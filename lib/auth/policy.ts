import { Prisma, type Party, type Role } from "@/lib/generated/prisma/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import type { Viewer, ViewerMembership } from "./viewer";

// The whole role-to-permission map. Anything not listed here is denied.
const rolePermissions = {
  "programme.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "programme.edit": ["COORDINATOR"],
  "members.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "members.manage": ["COORDINATOR"],
  "audit.view": ["COORDINATOR"],
  "dinner.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "dinner.respond": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "dinner.plan": ["COORDINATOR"],
  "dinner.attendance": ["COORDINATOR"],
  "agenda.edit": ["COORDINATOR", "POLICE_LIAISON"],
  "topic.manage": ["COORDINATOR"],
  "action.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "action.create": ["COORDINATOR", "POLICE_LIAISON"],
  "action.manage": ["COORDINATOR", "POLICE_LIAISON"],
  "action.reopen": ["COORDINATOR"],
  "plan.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "plan.edit": ["COORDINATOR"],
  "retention.edit": ["COORDINATOR"],
  "trust.answer": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "trust.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "council.report": ["COORDINATOR"],
  // Signals and the tension picture (issue 11): everyone reports and sees the picture;
  // coordinators and police liaisons follow signals up; coordinators keep the settings.
  "signal.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "signal.report": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "signal.followUp": ["COORDINATOR", "POLICE_LIAISON"],
  "signal.settings": ["COORDINATOR"],
  // Incidents (issue 12, docs/decisions/018-incidents.md). Accepting the sharing agreement
  // and approving a joint message are further limited to the party in lib/incidents.
  "protocol.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "protocol.edit": ["COORDINATOR"],
  "agreement.accept": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.propose": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.open": ["COORDINATOR", "POLICE_LIAISON"],
  "incident.checkIn": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.grid": ["COORDINATOR", "POLICE_LIAISON"],
  "incident.update": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.approve": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "incident.meet": ["COORDINATOR", "POLICE_LIAISON"],
  "contact.view": ["COORDINATOR", "POLICE_LIAISON", "ALLY"],
  "contact.quiet": ["COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof rolePermissions;
export const permissions = Object.keys(rolePermissions) as Permission[];

// Professionals (police and municipality) may read notes marked "professionals only".
const professionalParties: readonly Party[] = ["POLICE", "MUNICIPALITY"];

export function isProfessional(membership: Pick<ViewerMembership, "party">): boolean {
  return professionalParties.includes(membership.party);
}

// Who may add progress notes and change the status of an action: its owners, members of
// the lead party (for JOINT: the owners only), coordinators and police liaisons.
export function canUpdateAction(
  membership: Pick<ViewerMembership, "id" | "role" | "party">,
  action: { leadParty: "POLICE" | "MUNICIPALITY" | "COMMUNITY" | "JOINT"; ownerIds: readonly string[] },
): boolean {
  if (roleHas(membership.role, "action.manage")) return true;
  if (action.ownerIds.includes(membership.id)) return true;
  return action.leadParty !== "JOINT" && action.leadParty === membership.party;
}

export function roleHas(role: Role, permission: Permission): boolean {
  return (rolePermissions[permission] as readonly Role[]).includes(role);
}

// roleHas() as an SQL condition on the "Membership" row called `alias` (our own SQL's
// alias, never input), for a statement that finds the viewer's memberships itself (the
// start page's). Not for "dinner.plan": its police rule reads the programme.
export function roleHasSql(permission: Exclude<Permission, "dinner.plan">, alias: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."role"::text = ANY(${[...rolePermissions[permission]]}::text[])`;
}

export function membershipIn(viewer: Viewer | null, programmeId: string): ViewerMembership | undefined {
  return viewer?.memberships.find((m) => m.programmeId === programmeId);
}

export function can(viewer: Viewer | null, permission: Permission, programmeId: string): boolean {
  const membership = membershipIn(viewer, programmeId);
  if (!membership) return false;
  if (permission === "dinner.plan" && membership.role === "POLICE_LIAISON") return membership.policeMayPlanDinners;
  return roleHas(membership.role, permission);
}

// What a caller may act as after passing the gate: the signed-in viewer and their
// membership of the programme, so nothing downstream re-checks or asserts non-null.
export type Access = { viewer: Viewer; membership: ViewerMembership };

// The gate every lib/ query and mutation passes. Denied looks exactly like absent.
export function authorize(viewer: Viewer | null, permission: Permission, programmeId: string): Access {
  if (!viewer) throw new UnauthenticatedError();
  const membership = membershipIn(viewer, programmeId);
  if (!membership || !can(viewer, permission, programmeId)) throw new NotFoundError();
  return { viewer, membership };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!signedIn.isAdmin) throw new NotFoundError();
  return signedIn;
}

// Regional coordinators (appointed by the site admin) see figures of the programmes they are
// appointed for, never a programme's pages: this where-clause on Programme is their only scope.
export function regionalScope(viewer: Viewer) {
  return { regionalCoordinators: { some: { personId: viewer.personId } } };
}

// The same scope as an SQL condition on the "Programme" row called `alias` (our own SQL's
// alias, never input): the same programmes as regionalScope (lib/regional/regional.test.ts).
export function regionalScopeSql(viewer: Viewer, alias: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "RegionalCoordinator" rc WHERE rc."personId" = ${viewer.personId} AND rc."programmeId" = ${Prisma.raw(alias)}."id")`;
}

// Where-clause fragment limiting any programme-owned row to the viewer's programmes.
export function programmeScope(viewer: Viewer) {
  return { programmeId: { in: viewer.memberships.map((m) => m.programmeId) } };
}
