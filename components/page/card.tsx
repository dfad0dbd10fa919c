export const cardClass = "min-w-0 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200";

// A white panel. `as="li"` inside lists of cards.
export function Card({ as: Tag = "div", className = "", children }: { as?: "div" | "li" | "article"; className?: string; children: React.ReactNode }) {
  return <Tag className={`${cardClass} ${className}`}>{children}</Tag>;
}
