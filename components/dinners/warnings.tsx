// What needs a planner's attention (behind pace, a party missing), announced as an alert.
export function Warnings({ lines }: { lines: (string | false | null | undefined)[] }) {
  const shown = lines.filter((line): line is string => Boolean(line));
  if (shown.length === 0) return null;
  return (
    <div role="alert" className="flex flex-col gap-1 rounded-xl bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-400">
      {shown.map((line) => (
        <p key={line} className="font-semibold">
          {line}
        </p>
      ))}
    </div>
  );
}
