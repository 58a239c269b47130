import type { Operation } from "../define";
import { systemOperations } from "./system";
import { artifactOperations } from "./artifacts";

// One file per domain; each lists the endpoints it serves.
export const ALL_OPERATIONS: Operation[] = [...systemOperations, ...artifactOperations];
