import { exportPersonalData } from "@/lib/account/export-personal-data";
import { routeHandler } from "@/lib/http/route-handler";

// Everything stored about the signed-in person, as a JSON download.
export const GET = routeHandler({ viewer: "required" }, async ({ viewer }) => {
  const data = await exportPersonalData(viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="allies-my-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
