import { NextResponse } from "next/server";
import { exportPersonalData } from "@/lib/account/export-personal-data";
import { getViewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/env";

// Everything stored about the signed-in person, as a JSON download.
export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.redirect(`${appUrl()}/signin?callbackUrl=${encodeURIComponent("/account/export")}`, 303);
  const data = await exportPersonalData(viewer);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="allies-my-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
