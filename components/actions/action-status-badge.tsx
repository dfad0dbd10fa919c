import Link from "next/link";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

const styles: Record<ActionStatus, string> = {
  OPEN: "bg-slate-100 text-slate-900 ring-slate-400",
  IN_PROGRESS: "bg-blue-50 text-blue-900 ring-blue-700",
  DONE: "bg-green-50 text-green-900 ring-green-700",
  DROPPED: "bg-amber-50 text-amber-950 ring-amber-700",
};

export function ActionStatusBadge({ status, label }: { status: ActionStatus; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ring-1 ${styles[status]}`}>{label}</span>;
}

// An action's title, linking to it, with its status beside it: the first line of every action in a list.
export function ActionTitleRow({ href, title, status, label, large = false }: { href: string; title: string; status: ActionStatus; label: string; large?: boolean }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <Link href={href} className={`${large ? "text-lg " : ""}font-semibold break-words`}>
        {title}
      </Link>
      <ActionStatusBadge status={status} label={label} />
    </div>
  );
}
