import { html, type Markup } from "@/components/page/markup";
import { controlClass } from "./control-class";
import type { Option } from "./select-field";

// A labelled select of a GET form (a filter, a year) as prepared markup (decision 026). A GET
// form answers with a new page, never in place: it needs no client component (SelectField
// keeps a server action's errors beside its field), and its options then go into the page
// once instead of twice (the HTML and the client component's props in the RSC payload).
export function selectMarkup({ id, label, name, value, options }: { id: string; label: string; name: string; value: string; options: Option[] }): Markup {
  return html`<div class="flex min-w-0 flex-col gap-1"><label for="${id}" class="font-medium">${label}</label><select id="${id}" name="${name}" class="${controlClass}">${options.map(
    (option) => html`<option value="${option.value}"${option.value === value && html` selected`}>${option.label}</option>`,
  )}</select></div>`;
}
