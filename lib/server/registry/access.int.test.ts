import { describe, expect, it } from "vitest";
import { createTeam, createUser } from "@/tests/support/factories";
import { requireOwnership } from "./access";

describe("requireOwnership", () => {
  it("lets the owning team's members and the creator change a record, and refuses everyone else", async () => {
    const [owners, others] = await Promise.all([createTeam(), createTeam()]);
    const [creator, teammate, outsider, admin] = await Promise.all([
      createUser({ roles: ["DATA_SCIENTIST"], teamIds: [others.id] }),
      createUser({ roles: ["DATA_SCIENTIST"], teamIds: [owners.id] }),
      createUser({ roles: ["DATA_SCIENTIST"], teamIds: [others.id] }),
      createUser({ roles: ["ADMIN"] }),
    ]);
    // The creator has since moved to another team: what they made stays theirs to change.
    const owned = { teamId: owners.id, createdById: creator.user.id };
    await expect(requireOwnership(creator.principal, owned)).resolves.toBeUndefined();
    await expect(requireOwnership(teammate.principal, owned)).resolves.toBeUndefined();
    await expect(requireOwnership(admin.principal, owned)).resolves.toBeUndefined();
    await expect(requireOwnership(outsider.principal, owned, "this dataset")).rejects.toMatchObject({
      status: 403,
      message: "Only members of the team that owns this dataset may change it",
    });
  });
});
