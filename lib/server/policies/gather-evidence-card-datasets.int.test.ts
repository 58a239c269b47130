import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createGovernedDataset, setModelCard } from "@/tests/support/evidence-factories";
import { createEdge, createOwner, createVersion, useDataset } from "@/tests/support/lineage-factories";
import { gatherEvidence } from "./gather-evidence";

let owner: Awaited<ReturnType<typeof createOwner>>;
beforeAll(async () => {
  owner = await createOwner();
});

describe("gatherEvidence: model card", () => {
  const recorded = {
    intendedUse: "present",
    limitations: "empty",
    trainingData: "missing",
    evaluation: "present",
    ethicalConsiderations: "missing",
  };

  it("reads the sections recorded at registration", async () => {
    const version = await createVersion(owner);
    await setModelCard(version, { markdown: "# Card\n\n## Limitations\n\nMany.", sections: recorded });
    expect((await gatherEvidence(db, version.id)).modelCard).toEqual(recorded);
  });

  it("falls back to the markdown when no sections were recorded, or they do not parse", async () => {
    const markdown =
      "# Card\n\n## Intended use\n\nSupport replies.\n\n## Limitations\n\n[More Information Needed]\n";
    const expected = {
      intendedUse: "present",
      limitations: "empty",
      trainingData: "missing",
      evaluation: "missing",
      ethicalConsiderations: "missing",
    };
    const unrecorded = await createVersion(owner);
    await setModelCard(unrecorded, { markdown, sections: null });
    expect((await gatherEvidence(db, unrecorded.id)).modelCard).toEqual(expected);
    const garbled = await createVersion(owner);
    await setModelCard(garbled, { markdown, sections: { intendedUse: "yes" } });
    expect((await gatherEvidence(db, garbled.id)).modelCard).toEqual(expected);
  });

  it("is null without a card", async () => {
    const version = await createVersion(owner);
    expect((await gatherEvidence(db, version.id)).modelCard).toBeNull();
  });
});

describe("gatherEvidence: datasets", () => {
  it("collects its own and every ancestor's datasets through two generations and a merge, each once", async () => {
    // grandparent -> parent -> version, and otherParent -> version (a merge)
    const grandparent = await createVersion(owner);
    const parent = await createVersion(owner);
    const otherParent = await createVersion(owner);
    const version = await createVersion(owner, { kind: "MERGED" });
    await createEdge(grandparent, parent);
    await createEdge(parent, version, "MERGED_FROM");
    await createEdge(otherParent, version, "MERGED_FROM");
    const unrelated = await createVersion(owner);

    const tickets = await createGovernedDataset(owner, {
      slug: "support-tickets-eu",
      label: "2025-q2",
      license: "proprietary",
      containsPersonalData: true,
      legalBasis: "CONTRACT",
    });
    const wiki = await createGovernedDataset(owner, { slug: "wiki-dump", version: 3 });
    const chats = await createGovernedDataset(owner, { slug: "chats", containsPersonalData: true });
    const shared = await createGovernedDataset(owner, { slug: "shared-eval" });
    const other = await createGovernedDataset(owner, { slug: "unrelated" });

    await useDataset(grandparent, tickets.version, "TRAIN"); // two generations up
    await useDataset(parent, chats.version, "VALIDATION");
    await useDataset(otherParent, wiki.version, "TRAIN"); // through the merge
    await useDataset(otherParent, shared.version, "TRAIN");
    await useDataset(version, shared.version, "EVAL"); // its own use wins over the ancestor's
    await useDataset(grandparent, chats.version, "TRAIN"); // reached twice: listed once, first role
    await useDataset(unrelated, other.version);

    const { datasets } = await gatherEvidence(db, version.id);
    expect(datasets).toEqual([
      {
        datasetVersionId: shared.version.id,
        label: "shared-eval@v1",
        license: "CC-BY-4.0",
        containsPersonalData: false,
        legalBasis: null,
        role: "EVAL",
        via: "direct",
      },
      expect.objectContaining({
        label: "chats@v1",
        role: "TRAIN",
        via: "ancestor",
        containsPersonalData: true,
      }),
      {
        datasetVersionId: tickets.version.id,
        label: "support-tickets-eu@2025-q2",
        license: "proprietary",
        containsPersonalData: true,
        legalBasis: "CONTRACT",
        role: "TRAIN",
        via: "ancestor",
      },
      expect.objectContaining({ label: "wiki-dump@v3", via: "ancestor" }),
    ]);
  });

  it("has none for a root version without usages", async () => {
    const version = await createVersion(owner);
    expect((await gatherEvidence(db, version.id)).datasets).toEqual([]);
  });
});
