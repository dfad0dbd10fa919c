import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".allies/**", ".next-*/**", "test-results*/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/out/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // One way to translate on the server: lib/i18n/server.ts keeps parsed messages and
      // formatters for the process' life (decision 025); next-intl's own rebuild them per request.
      "no-restricted-imports": ["error", { paths: [{ name: "next-intl/server", message: "Import from @/lib/i18n/server (decision 025)." }] }],
    },
  },
  {
    files: ["lib/i18n/server.ts", "lib/i18n/request.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/dates.ts"],
    rules: {
      // Each Intl.DateTimeFormat holds native memory until collected: made per row they grew
      // the server's memory by 500 MiB under load (decision 025). dateTimeFormat() keeps them.
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']", message: "Use dateTimeFormat() from @/lib/dates (decision 025)." },
        // Markup goes in only as html`` from components/page/markup.ts, which escapes every value.
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'] > JSXExpressionContainer > ObjectExpression", message: "Pass html`…` from @/components/page/markup (decision 026)." },
      ],
    },
  },
]);
