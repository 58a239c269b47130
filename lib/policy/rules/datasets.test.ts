import { describe, expect, it } from "vitest";
import { buildEvidence, dataset, judge } from "@/tests/support/evidence-builder";

const legalBasis = { kind: "dataset_legal_basis" };
const allowlist = { kind: "dataset_license_allowlist", licenses: [" cc-by-4.0", "MIT "] };

describe("dataset_legal_basis", () => {
  it("passes when every dataset with personal data has a legal basis", () => {
    const evidence = buildEvidence({
      datasets: [
        dataset("support-tickets-eu@2025-q2", { containsPersonalData: true, legalBasis: "CONTRACT" }),
        dataset("wiki@v1"),
      ],
    });
    expect(judge(legalBasis, evidence)).toMatchObject({
      status: "passed",
      measured: "1 dataset with personal data, 0 without a legal basis",
      value: 0,
      message: "Every dataset with personal data (1 of 2) has a legal basis",
    });
  });

  it("fails naming each dataset without one, its own or an ancestor's", () => {
    const evidence = buildEvidence({
      datasets: [
        dataset("support-tickets-eu@2025-q2", { containsPersonalData: true }),
        dataset("chats@v3", { containsPersonalData: true, via: "ancestor" }),
        dataset("forms@v1", { containsPersonalData: true, legalBasis: "CONSENT" }),
      ],
    });
    expect(judge(legalBasis, evidence)).toMatchObject({
      status: "failed",
      measured: "3 datasets with personal data, 2 without a legal basis",
      value: 2,
      message:
        "No legal basis is recorded for the personal data in support-tickets-eu@2025-q2 and chats@v3 (through an ancestor)",
    });
  });

  it("passes at the boundary: no personal data needs no legal basis", () => {
    expect(
      judge(legalBasis, buildEvidence({ datasets: [dataset("wiki@v1"), dataset("code@v2")] })),
    ).toMatchObject({
      status: "passed",
      message: "None of the 2 datasets behind the version holds personal data",
    });
  });

  it("is missing evidence when no dataset is recorded", () => {
    expect(judge(legalBasis, buildEvidence())).toMatchObject({
      status: "missing_evidence",
      message: "No dataset is recorded behind the version (its own or its ancestors')",
    });
  });
});

describe("dataset_license_allowlist", () => {
  it("passes comparing licences without regard to case or surrounding spaces", () => {
    const evidence = buildEvidence({
      datasets: [dataset("wiki@v1", { license: "CC-BY-4.0" }), dataset("code@v2", { license: " mit" })],
    });
    expect(judge(allowlist, evidence)).toMatchObject({
      status: "passed",
      measured: "CC-BY-4.0, mit",
      required: "one of cc-by-4.0, MIT",
      value: 0,
      message: "All 2 datasets behind the version are under an allowed licence (CC-BY-4.0, mit)",
    });
  });

  it("fails naming each offender with its licence, a missing licence included", () => {
    const evidence = buildEvidence({
      datasets: [
        dataset("wiki@v1"),
        dataset("tickets@v2", { license: "proprietary", via: "ancestor" }),
        dataset("scraped@v1", { license: "  " }),
      ],
    });
    expect(judge(allowlist, evidence)).toMatchObject({
      status: "failed",
      value: 2,
      message:
        "tickets@v2 (proprietary, through an ancestor) and scraped@v1 (no licence) are not under an allowed licence (one of cc-by-4.0, MIT)",
    });
  });

  it("passes at the boundary: a single dataset under the one allowed licence", () => {
    const rule = { kind: "dataset_license_allowlist", licenses: ["Apache-2.0"] };
    expect(
      judge(rule, buildEvidence({ datasets: [dataset("code@v1", { license: "apache-2.0" })] })),
    ).toMatchObject({
      status: "passed",
      message: "The one dataset behind the version is under an allowed licence (apache-2.0)",
    });
  });

  it("is missing evidence when no dataset is recorded", () => {
    expect(judge(allowlist, buildEvidence()).status).toBe("missing_evidence");
  });
});
