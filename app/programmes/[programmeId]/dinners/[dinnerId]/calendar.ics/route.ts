import { NextResponse } from "next/server";
import { getViewer } from "@/lib/auth/viewer";
import { getDinnerCalendar } from "@/lib/calendar/get-dinner-calendar";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";

// One dinner as an .ics download. Same rules as a page: signed out → sign in and come
// back; not a member of this programme (or no such dinner) → 404.
export async function GET(request: Request, { params }: { params: Promise<{ programmeId: string; dinnerId: string }> }) {
  const { programmeId, dinnerId } = await params;
  const viewer = await getViewer();
  if (!viewer) {
    const path = `/programmes/${programmeId}/dinners/${dinnerId}/calendar.ics`;
    return NextResponse.redirect(new URL(`/signin?callbackUrl=${encodeURIComponent(path)}`, request.url), 303);
  }
  try {
    const { filename, ics } = await getDinnerCalendar(viewer, programmeId, dinnerId);
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof UnauthenticatedError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
