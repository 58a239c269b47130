import type { Operation } from "../define";
import { adminOperations } from "./admin";
import { alertOperations } from "./alerts";
import { artifactOperations } from "./artifacts";
import { auditOperations } from "./audit";
import { compareOperations } from "./compare";
import { erasureOperations } from "./erasure";
import { lineageOperations } from "./lineage";
import { metricOperations } from "./metrics";
import { policyOperations } from "./policies";
import { promotionWorkflowOperations } from "./promotion-workflow";
import { promotionOperations } from "./promotions";
import { registryOperations } from "./registry";
import { systemOperations } from "./system";
import { versionMetricsOperations } from "./version-metrics";
import { webhookOperations } from "./webhooks";

// One file per domain; each lists the endpoints it serves.
export const ALL_OPERATIONS: Operation[] = [
  ...adminOperations,
  ...alertOperations,
  ...artifactOperations,
  ...auditOperations,
  ...compareOperations,
  ...erasureOperations,
  ...lineageOperations,
  ...metricOperations,
  ...policyOperations,
  ...promotionOperations,
  ...promotionWorkflowOperations,
  ...registryOperations,
  ...systemOperations,
  ...versionMetricsOperations,
  ...webhookOperations,
];
