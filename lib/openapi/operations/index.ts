import type { Operation } from "../define";
import { adminOperations } from "./admin";
import { registryOperations } from "./registry";
import { systemOperations } from "./system";

// One file per domain; each lists the endpoints it serves.
export const ALL_OPERATIONS: Operation[] = [
  ...adminOperations,
  ...registryOperations,
  ...systemOperations,
];
