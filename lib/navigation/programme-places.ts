import type { Permission } from "@/lib/auth/policy";
import type { MessageKey } from "@/lib/i18n/page-title";
import type { IconName } from "@/components/icons";

// The places of a programme in its navigation, in order. A new screen members should
// find adds one line here; `permission` hides it from those who may not open it.
// `primary`: one of the few places in the phone's bottom bar (components/app-header.tsx);
// the others are in its "More" menu. `icon`: shown beside the label there.
export type ProgrammePlace = { path: string; label: MessageKey; permission?: Permission; primary?: boolean; icon?: IconName };

export const programmePlaces: ProgrammePlace[] = [
  { path: "", label: "common.overview", icon: "overview" },
  { path: "/dinners", label: "common.dinners", primary: true, icon: "dinner" },
  { path: "/members", label: "common.members", icon: "members" },
  { path: "/actions", label: "common.actions", primary: true, icon: "action" },
  { path: "/audit", label: "audit.title", permission: "audit.view" },
  { path: "/follow-up", label: "followUp.title" },
  { path: "/polls", label: "polls.nav" },
  { path: "/incidents", label: "incidents.nav" },
  { path: "/signals", label: "signals.nav" },
  { path: "/plan", label: "plan.nav", permission: "plan.view" },
  { path: "/readiness", label: "readiness.nav", permission: "plan.view" },
  { path: "/privacy", label: "privacy.nav" },
  { path: "/council-report", label: "council.title", permission: "council.report" },
  { path: "/settings", label: "settings.nav", permission: "programme.edit" },
];
