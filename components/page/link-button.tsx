import Link from "next/link";

// A link that looks like the primary button (e.g. "Log an action", "Plan a dinner").
export function LinkButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center justify-center rounded-lg bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900">
      {children}
    </Link>
  );
}
