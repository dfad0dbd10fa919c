import Link from "next/link";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

// The badge classes are in app/globals.css (`badge`, `badge-<status>`): lists repeat them.
const styles: Record<ActionStatus, string> = {
  OPEN: "badge badge-open",
  IN_PROGRESS: "badge badge-in-progress",
  DONE: "badge badge-done",
  DROPPED: "badge badge-dropped",
};

export function ActionStatusBadge({ status, label }: { status: ActionStatus; label: string }) {
  return <span className={styles[status]}>{label}</span>;
}

// An action's title, linking to it, with its status beside it: the first line of every action in a list.
export function ActionTitleRow({ href, title, status, label, large = false }: { href: string; title: string; status: ActionStatus; label: string; large?: boolean }) {
  return (
    <div className="title-row">
      <Link href={href} className={large ? "text-lg font-semibold" : "font-semibold"}>
        {title}
      </Link>
      <ActionStatusBadge status={status} label={label} />
    </div>
  );
}
