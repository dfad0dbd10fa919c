// RFC 5545 §3.1: content lines are at most 75 OCTETS, folded with CRLF + one space, and a
// fold must not split a UTF-8 sequence. The ics library folds by characters (a line of
// Turkish or emoji text then runs to ~170 octets): its output is unfolded and folded
// again here, by octets, between whole code points.
const limit = 75;

export function foldIcs(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .map(foldLine)
    .join("\r\n");
}

export function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= limit) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  // The first line holds 75 octets; continuation lines 74 after their leading space.
  let room = limit;
  for (const codePoint of line) {
    const bytes = Buffer.byteLength(codePoint, "utf8");
    if (size + bytes > room) {
      parts.push(current);
      current = "";
      size = 0;
      room = limit - 1;
    }
    current += codePoint;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
