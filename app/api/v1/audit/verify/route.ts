import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { withApi } from "@/lib/server/http/with-api";

export const GET = withApi(async () => verifyAuditChain(), { permission: "audit.read" });
