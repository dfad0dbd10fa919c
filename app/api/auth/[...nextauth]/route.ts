import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return (NextAuth as unknown as (req: Request, ctx: Context, options: ReturnType<typeof getAuthOptions>) => Promise<Response>)(
    request,
    context,
    getAuthOptions(),
  );
}

export { handler as GET, handler as POST };
