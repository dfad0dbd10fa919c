// `card` is defined in app/globals.css: one short class, on every page many times (issue 10).
export const cardClass = "card";

// A white panel. `as="li"` inside lists of cards.
export function Card({ as: Tag = "div", id, className = "", children }: { as?: "div" | "li" | "article"; id?: string; className?: string; children: React.ReactNode }) {
  return (
    <Tag id={id} className={`${cardClass} ${className}`}>
      {children}
    </Tag>
  );
}
