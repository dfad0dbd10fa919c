import { routeHandler } from "@/lib/http/route-handler";

export const dynamic = "force-dynamic";

// Liveness for a load balancer or container runtime: the process answers. Touches no
// database (a database outage must not get healthy processes restarted); see /api/ready.
export const GET = routeHandler({}, () => Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }));
