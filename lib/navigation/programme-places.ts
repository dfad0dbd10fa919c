import type { Permission } from "@/lib/auth/policy";
import type { MessageKey } from "@/lib/i18n/page-title";

// The places of a programme in its navigation, in order. A new screen members should
// find adds one line here; `permission` hides it from those who may not open it.
export type ProgrammePlace = { path: string; label: MessageKey; permission?: Permission };

export const programmePlaces: ProgrammePlace[] = [
  { path: "", label: "common.overview" },
  { path: "/dinners", label: "common.dinners" },
  { path: "/members", label: "common.members" },
  { path: "/actions", label: "common.actions" },
  { path: "/audit", label: "audit.title", permission: "audit.view" },
  { path: "/follow-up", label: "followUp.title" },
  { path: "/polls", label: "polls.nav" },
  { path: "/settings", label: "settings.nav", permission: "programme.edit" },
];
