/**
 * The data behind a version: its own dataset versions and its ancestors' (a fine-tune inherits what its
 * base was trained on). No dataset at all is missing evidence: nothing says the data is clean.
 */
import type { Evidence, EvidenceDataset } from "@/lib/policy/evidence";
import type { RuleOf } from "@/lib/policy/rules";
import { failed, listOf, missingEvidence, passed, plural, type RuleChecks, type Verdict } from "./verdict";

const NO_DATASET = "No dataset is recorded behind the version (its own or its ancestors')";

const ancestry = (dataset: EvidenceDataset) => (dataset.via === "ancestor" ? ", through an ancestor" : "");

function legalBasis(_rule: RuleOf<"dataset_legal_basis">, evidence: Evidence): Verdict {
  const required = "a legal basis for every dataset with personal data";
  const { datasets } = evidence;
  if (!datasets.length) return missingEvidence(required, NO_DATASET);
  const personal = datasets.filter((d) => d.containsPersonalData);
  const offenders = personal.filter((d) => !d.legalBasis);
  const result = {
    measured: `${plural(personal.length, "dataset")} with personal data, ${offenders.length} without a legal basis`,
    required,
    value: offenders.length,
  };
  if (offenders.length) {
    const names = offenders.map((d) => (d.via === "ancestor" ? `${d.label} (through an ancestor)` : d.label));
    return failed({
      ...result,
      message: `No legal basis is recorded for the personal data in ${listOf(names)}`,
    });
  }
  return passed({
    ...result,
    message: personal.length
      ? `Every dataset with personal data (${personal.length} of ${datasets.length}) has a legal basis`
      : datasets.length === 1
        ? "The one dataset behind the version holds no personal data"
        : `None of the ${datasets.length} datasets behind the version holds personal data`,
  });
}

function licenceAllowlist(rule: RuleOf<"dataset_license_allowlist">, evidence: Evidence): Verdict {
  const required = `one of ${rule.licenses.join(", ")}`;
  const { datasets } = evidence;
  if (!datasets.length) return missingEvidence(required, NO_DATASET);
  const allowed = new Set(rule.licenses.map((l) => l.trim().toLowerCase()));
  const offenders = datasets.filter(
    (d) => !d.license?.trim() || !allowed.has(d.license.trim().toLowerCase()),
  );
  const licences = [...new Set(datasets.map((d) => d.license?.trim() || "no licence"))];
  const result = { measured: licences.join(", "), required, value: offenders.length };
  if (offenders.length) {
    const names = offenders.map((d) => `${d.label} (${d.license?.trim() || "no licence"}${ancestry(d)})`);
    return failed({
      ...result,
      message: `${listOf(names)} ${offenders.length === 1 ? "is" : "are"} not under an allowed licence (${required})`,
    });
  }
  return passed({
    ...result,
    message: `${datasets.length === 1 ? "The one dataset behind the version is" : `All ${datasets.length} datasets behind the version are`} under an allowed licence (${licences.join(", ")})`,
  });
}

export const datasetChecks: RuleChecks<"dataset_legal_basis" | "dataset_license_allowlist"> = {
  dataset_legal_basis: {
    describe: () => "Every dataset with personal data has a legal basis",
    check: legalBasis,
  },
  dataset_license_allowlist: {
    describe: (rule) => `Every dataset licensed under ${listOf(rule.licenses, "or")}`,
    check: licenceAllowlist,
  },
};
