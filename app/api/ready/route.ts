import { routeHandler } from "@/lib/http/route-handler";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

// Readiness for a load balancer: 200 when PostgreSQL answers (within 3 s) and every
// migration of this build is applied, else 503, so traffic goes to instances that can serve.
export const GET = routeHandler({}, async () => {
  const readiness = await checkReadiness();
  return Response.json(readiness.ready ? { status: "ready" } : { status: "not-ready", reason: readiness.reason }, {
    status: readiness.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
