import { form, id } from "@/lib/forms/fields";
import { getMeetingCalendar } from "@/lib/incidents/get-meeting-calendar";
import { routeHandler } from "@/lib/http/route-handler";

// An extra meeting as an .ics download, with the same rules as a dinner's.
export const GET = routeHandler(
  { viewer: "required", params: form({ programmeId: id, incidentId: id, meetingId: id }) },
  async ({ viewer, params }) => {
    const { filename, ics } = await getMeetingCalendar(viewer, params.programmeId, params.incidentId, params.meetingId);
    return new Response(ics, {
      headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "private, no-store" },
    });
  },
);
