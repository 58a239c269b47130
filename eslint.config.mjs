import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/*.int.test.ts"];
const PURE_FOLDERS = [
  "lib/audit",
  "lib/auth",
  "lib/evidence",
  "lib/formats",
  "lib/http",
  "lib/lineage",
  "lib/metrics",
  "lib/mlflow",
  "lib/policy",
  "lib/promotions",
  "lib/registration",
  "lib/schemas",
  "lib/webhooks",
  "lib/alerts",
];
const layer = (group, message) => ({ group: [group].flat(), message });
const PRISMA_CLIENT = layer(
  "@/generated/prisma/client",
  "only lib/server/ talks to the database (enums come from @/generated/prisma/enums)",
);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "generated/**",
      "data/**",
      ".e2e-data/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layering of docs/decisions/001-stack-and-layout.md: components render, app/ parses and calls services, pure folders
  // compute. Tests may reach across (they set up data), so they are left out.
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("@/lib/server/**", "components render plain data; the page or action loads it"),
            PRISMA_CLIENT,
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer(
              "@/lib/server/db",
              "pages, actions and route handlers call services in lib/server/<domain>/",
            ),
            PRISMA_CLIENT,
          ],
        },
      ],
    },
  },
  {
    files: PURE_FOLDERS.map((folder) => `${folder}/**/*.{ts,tsx}`),
    ignores: TEST_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            layer("@/lib/server/**", "pure logic takes its data as arguments"),
            PRISMA_CLIENT,
            layer(
              [
                "pg",
                "node:fs",
                "node:fs/*",
                "fs",
                "node:child_process",
                "node:net",
                "node:http",
                "node:https",
                "server-only",
              ],
              "pure logic does no I/O",
            ),
          ],
        },
      ],
    },
  },
];

export default config;
