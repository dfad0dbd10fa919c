import path from "node:path";

export function e2eInfoFile(port: string | number) {
  return path.join(process.cwd(), ".data", `e2e-${port}.json`);
}
