import { LinkButton } from "./link-button";

// A friendly empty state (issue 14): what is missing, what happens next, and, for those
// who may act, the one button to do it.
export function EmptyState({ text, next, action }: { text: string; next: string; action?: { href: string; label: string } }) {
  return (
    <div className="flex flex-col items-start gap-2" data-empty-state>
      <p className="font-medium">{text}</p>
      <p className="text-sm text-slate-700">{next}</p>
      {action && <LinkButton href={action.href}>{action.label}</LinkButton>}
    </div>
  );
}
