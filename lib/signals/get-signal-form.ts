import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";

// What the "report a signal" form offers: the programme's topics and its parts of the
// neighbourhood (not archived). Two queries.
export async function getSignalForm(viewer: Viewer | null, programmeId: string) {
  authorize(viewer, "signal.report", programmeId);
  const [topics, areas] = await Promise.all([
    db.topic.findMany({ where: { programmeId, archivedAt: null }, orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }], select: { id: true, key: true, name: true } }),
    db.signalArea.findMany({ where: { programmeId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { topics, areas };
}
