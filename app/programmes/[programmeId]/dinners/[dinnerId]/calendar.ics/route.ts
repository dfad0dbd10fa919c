import { form, id } from "@/lib/forms/fields";
import { getDinnerCalendar } from "@/lib/calendar/get-dinner-calendar";
import { routeHandler } from "@/lib/http/route-handler";

// One dinner as an .ics download. Same rules as a page: signed out → sign in and come
// back; not a member of this programme (or no such dinner) → 404.
export const GET = routeHandler(
  { viewer: "required", params: form({ programmeId: id, dinnerId: id }) },
  async ({ viewer, params }) => {
    const { filename, ics } = await getDinnerCalendar(viewer, params.programmeId, params.dinnerId);
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
);
