// Prepared markup (decision 026): a figure (a chart's drawing, a figures table) built as one
// string and handed to React as `dangerouslySetInnerHTML`. React renders every element of a
// server component twice, into the HTML and into the page's inline RSC payload; a figure
// of a hundred cells is then two hundred renders, one string is one. Every value put in is
// escaped, so text a member typed (a topic's name) can never become markup; only the
// template's own literal text and other `html` results are taken as they are.

export type Markup = { readonly __html: string };
type Value = Markup | string | number | null | undefined | false | readonly Value[];

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const special = /[&<>"']/;

// Most values (names, dates, ids, numbers) have nothing to escape: they are tested first and
// taken as they are, without the replace and its callback (a page puts in hundreds of values).
function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object") return (value as Markup).__html;
  return special.test(value) ? value.replace(/[&<>"']/g, (c) => escapes[c]!) : value;
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return { __html: out };
}

// A phone number as a link a phone calls with one tap: the number as written, dialled with
// only its digits and a leading +.
export function phoneLink(phone: string): Markup {
  return html`<a href="tel:${phone.replace(/[^+\d]/g, "")}">${phone}</a>`;
}
