// Who is coming shows first names only: the rest of a name stays private.
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? "";
}
