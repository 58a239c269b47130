import "server-only";

/**
 * Whether webhooks may target loopback and private-network addresses (lib/webhooks/target-address.ts):
 * `WEBHOOK_ALLOW_LOCAL=true`. `npm start` on the embedded database (a local installation) sets it
 * unless told otherwise; a deployment on its own DATABASE_URL keeps them refused.
 */
export const allowLocalTargets = () => process.env.WEBHOOK_ALLOW_LOCAL === "true";
