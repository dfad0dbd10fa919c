// The ids a form carries (programmeId, dinnerId, …) as hidden inputs.
export function HiddenFields({ values }: { values: Record<string, string | number | undefined | null> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (value === undefined || value === null ? null : <input key={name} type="hidden" name={name} value={String(value)} />))}
    </>
  );
}
