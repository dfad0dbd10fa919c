import Link from "next/link";

const widths = {
  narrow: "max-w-xl",
  normal: "max-w-3xl",
  wide: "max-w-5xl",
};

export function pageClass(width: keyof typeof widths) {
  return `mx-auto flex w-full min-w-0 flex-col gap-4 p-4 ${widths[width]}`;
}

// The main landmark of every page: one width scale, one spacing, the page's h1, an
// optional way back and an optional intro line. The header comes from the layout.
export function Page({
  title,
  intro,
  back,
  width = "normal",
  children,
}: {
  title: React.ReactNode;
  intro?: React.ReactNode;
  back?: { href: string; label: string };
  width?: keyof typeof widths;
  children: React.ReactNode;
}) {
  return (
    <main id="main" className={pageClass(width)}>
      {back && (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
      <div className="flex min-w-0 flex-col gap-1">
        <h1 className="text-2xl font-bold break-words">{title}</h1>
        {intro && <div className="text-slate-700">{intro}</div>}
      </div>
      {children}
    </main>
  );
}
