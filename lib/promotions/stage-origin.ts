/**
 * Whether a version's current stage was set by an admin's emergency override rather than a reviewed
 * request. Overrides are stored as requests of their own (`emergencyOverride`), so the version's
 * requests are its stage history: the latest one that moved the stage tells how it got there.
 */
export type StageMove = {
  status: string;
  toStage: string;
  emergencyOverride: boolean;
  createdAt: Date;
  decidedAt: Date | null;
};

export function currentStageOverride<T extends StageMove>(requests: T[], stage: string): T | null {
  const moves = requests.filter((request) => request.status === "APPROVED" || request.emergencyOverride);
  const at = (request: T) => (request.decidedAt ?? request.createdAt).getTime();
  const latest = moves.reduce<T | null>(
    (found, move) => (!found || at(move) > at(found) ? move : found),
    null,
  );
  return latest?.emergencyOverride && latest.toStage === stage ? latest : null;
}
