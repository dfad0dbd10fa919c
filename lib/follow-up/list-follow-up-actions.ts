import { authorize } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/auth/viewer";
import { type ActionFilters } from "@/lib/actions/action-filters";
import { selectActionRows } from "@/lib/actions/action-rows-sql";
import { followUpList, followUpRows, type ListOptions } from "./follow-up-list";
import { followUpYear } from "./follow-up-year";

// The actions of one year (by creation date, programme time zone), filtered by status
// (overdue included), lead party, topic and owner, for the CSV export. One statement
// whatever the data size (the programme's name and zone come with the viewer): the rows with
// topic, dinner and owners, and how many match (no count query). The dashboard reads a page
// of the same list in its own statement (getFollowUpDashboard).
export async function listFollowUpActions(viewer: Viewer | null, programmeId: string, filters: ActionFilters = {}, options: ListOptions = {}, now = new Date()) {
  const { membership } = authorize(viewer, "action.view", programmeId);
  const programme = { id: programmeId, name: membership.programmeName, timeZone: membership.timeZone };
  const year = followUpYear(filters.year, programme.timeZone, now);
  return followUpList(programme, year, options, await selectActionRows(followUpRows(programmeId, filters, year, options)));
}
