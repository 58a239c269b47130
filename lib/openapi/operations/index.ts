import type { Operation } from "../define";
import { auditOperations } from "./audit";
import { systemOperations } from "./system";

// One file per domain; each lists the endpoints it serves.
export const ALL_OPERATIONS: Operation[] = [...systemOperations, ...auditOperations];
