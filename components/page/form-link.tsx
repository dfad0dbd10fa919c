import Link from "next/link";

// The link that opens a seldom-used form on its own page (`?form=<name>#<name>`, docs/conventions.md):
// the page everyone opens then carries no form it rarely needs (decisions 027, 028).
export function FormLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p>
      <Link href={href} className="inline-flex min-h-11 items-center">
        {children}
      </Link>
    </p>
  );
}
