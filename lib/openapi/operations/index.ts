import type { Operation } from "../define";
import { lineageOperations } from "./lineage";
import { systemOperations } from "./system";

// One file per domain; each lists the endpoints it serves.
export const ALL_OPERATIONS: Operation[] = [...systemOperations, ...lineageOperations];
