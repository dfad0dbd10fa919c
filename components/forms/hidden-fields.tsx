import { html } from "@/components/page/markup";

// The ids a form carries (programmeId, dinnerId, …) as hidden inputs, prepared as one
// element (decision 026): a page like an incident has a dozen forms with three or four each.
export function HiddenFields({ values }: { values: Record<string, string | number | undefined | null> }) {
  const inputs = html`${Object.entries(values).map(([name, value]) => (value === undefined || value === null ? null : html`<input type="hidden" name="${name}" value="${value}">`))}`;
  return <div hidden dangerouslySetInnerHTML={inputs} />;
}
