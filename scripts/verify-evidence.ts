/**
 * Checks an evidence package on its own, with no database and no running app:
 *   npm run verify-evidence -- evidence-support-bot-v2-....zip
 * Every file the manifest lists must match its sha256 and size, and every audit event must re-verify
 * (hash = sha256(prevHash + JCS(event)), with lib/audit's own code). Exit code 0 when all holds.
 */
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { verifyEvidencePackage } from "@/lib/evidence/verify-package";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run verify-evidence -- <evidence package .zip>");
  process.exit(2);
}
function readZip(path: string) {
  try {
    return new Map(Object.entries(unzipSync(readFileSync(path))));
  } catch (error) {
    // A missing file, or one that is not a zip (an error page saved by mistake): one line, not a stack.
    console.error(`NOT VERIFIED: ${path} cannot be read as a zip (${(error as Error).message})`);
    process.exit(1);
  }
}

const result = verifyEvidencePackage(readZip(file));
for (const problem of result.problems) console.error(`FAIL ${problem}`);
console.log(
  result.ok
    ? `OK: ${result.files} files match the manifest; ${result.auditEvents} audit events re-verify on their own`
    : `NOT VERIFIED: ${result.problems.length} problem(s) in ${file}`,
);
process.exit(result.ok ? 0 : 1);
