/**
 * The human-readable part of an evidence package: one static HTML document, styles inline, no scripts
 * and nothing loaded from anywhere (so it opens offline, prints, and passes any CSP). Every value is
 * escaped; the model card is shown as its text, never rendered as HTML.
 */
import { CONTROL_MAP } from "./package-files";

export type ReportData = {
  exportedAt: string;
  exportedBy: string;
  version: {
    id: string;
    label: string;
    modelName: string;
    kind: string;
    stage: string;
    status: string;
    riskTier: string;
    team: string;
    intendedUse: string | null;
    license: string | null;
    task: string | null;
    createdAt: string;
    createdBy: string;
    codeCommit: string | null;
    modelCard: string | null;
    artifacts: { name: string; sha256: string; sizeBytes: number }[];
  };
  lineage: { ancestors: string[]; descendants: string[] };
  datasets: {
    label: string;
    role: string;
    containsPersonalData: boolean;
    categories: string[];
    legalBasis: string | null;
    license: string | null;
    region: string | null;
    retentionDays: number | null;
  }[];
  evaluations: {
    suite: string;
    metric: string;
    value: number;
    parentDelta: number | null;
    direction: string | null;
  }[];
  fairness: { attribute: string; dpd: number; dir: number | null; eod: number; rows: number }[];
  drift: {
    feature: string;
    metric: string;
    latest: number | null;
    max: number | null;
    warn: number | null;
    alert: number | null;
  }[];
  promotions: {
    label: string;
    status: string;
    requestedBy: string;
    createdAt: string;
    justification: string;
    policies: { name: string; mode: string; passed: boolean }[];
    decisions: { by: string; decision: string; comment: string; at: string }[];
  }[];
  audit: {
    count: number;
    shown: { seq: string; occurredAt: string; action: string; entity: string; hash: string }[];
  };
  chain: { ok: boolean; events: number; firstBrokenAt: string | null };
};

const escape = (value: unknown) =>
  String(value ?? "—").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const num = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : Number(value.toPrecision(6)).toString();

function table(headers: string[], rows: unknown[][], empty = "None recorded."): string {
  if (rows.length === 0) return `<p class="muted">${escape(empty)}</p>`;
  const head = headers.map((h) => `<th>${escape(h)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`)
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.muted{color:#555}.ok{color:#0a6b2d;font-weight:600}.bad{color:#a30000;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;background:#f7f7f7;border:1px solid #ddd;padding:.6rem;font-size:12px}
code{font-size:12px;word-break:break-all}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

export function renderEvidenceReport(data: ReportData): string {
  const v = data.version;
  const facts: [string, unknown][] = [
    ["Model", `${v.modelName} (${v.kind})`],
    ["Version", v.label],
    ["Version id", v.id],
    ["Stage", v.stage],
    ["Status", v.status],
    ["Risk tier", v.riskTier],
    ["Owning team", v.team],
    ["Intended use", v.intendedUse],
    ["Task", v.task],
    ["Licence", v.license],
    ["Registered", `${v.createdAt} by ${v.createdBy}`],
    ["Code commit", v.codeCommit],
  ];
  const chain = data.chain.ok
    ? `<p class="ok">The whole audit chain verified at export time (${data.chain.events} events).</p>`
    : `<p class="bad">The audit chain did NOT verify at export time: the first event that fails is ${escape(data.chain.firstBrokenAt)}.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Evidence package: ${escape(v.label)}</title><style>${STYLE}</style></head>
<body>
<h1>Evidence package: ${escape(v.label)}</h1>
<p class="muted">Exported ${escape(data.exportedAt)} by ${escape(data.exportedBy)}. The JSON files beside this report hold
every part in full; <code>manifest.json</code> lists each with its sha256, and <code>npm run verify-evidence -- &lt;zip&gt;</code>
re-checks them and the audit events.</p>

<h2>What each part supports</h2>
${table(
  ["File", "Part", "EU AI Act", "ISO/IEC 42001 Annex A", "NIST AI RMF"],
  CONTROL_MAP.map((c) => [c.file, c.part, c.euAiAct, c.iso42001, c.nistAiRmf]),
)}

<h2>Model card and version facts</h2>
<dl>${facts.map(([k, value]) => `<dt>${escape(k)}</dt><dd>${escape(value)}</dd>`).join("")}</dl>
${table(
  ["Artifact", "sha256", "Bytes"],
  v.artifacts.map((a) => [a.name, a.sha256, a.sizeBytes]),
  "No artifacts.",
)}
${v.modelCard ? `<pre>${escape(v.modelCard)}</pre>` : `<p class="muted">No model card text.</p>`}

<h2>Lineage</h2>
${table(
  ["Ancestors"],
  data.lineage.ancestors.map((a) => [a]),
  "No ancestors: a base version.",
)}
${table(
  ["Descendants"],
  data.lineage.descendants.map((d) => [d]),
  "No descendants.",
)}

<h2>Datasets</h2>
${table(
  [
    "Dataset version",
    "Role",
    "Personal data",
    "Categories",
    "Legal basis",
    "Licence",
    "Region",
    "Retention (days)",
  ],
  data.datasets.map((d) => [
    d.label,
    d.role,
    d.containsPersonalData ? "yes" : "no",
    d.categories.join(", ") || "—",
    d.legalBasis,
    d.license,
    d.region,
    d.retentionDays,
  ]),
)}

<h2>Evaluations</h2>
${table(
  ["Suite", "Metric", "Value", "Change from parent", "Direction"],
  data.evaluations.map((e) => [e.suite, e.metric, num(e.value), num(e.parentDelta), e.direction]),
)}

<h2>Fairness</h2>
${table(
  [
    "Attribute",
    "Rows",
    "Demographic parity difference",
    "Disparate impact ratio",
    "Equalized odds difference",
  ],
  data.fairness.map((f) => [f.attribute, f.rows, num(f.dpd), num(f.dir), num(f.eod)]),
)}

<h2>Drift</h2>
${table(
  ["Feature", "Metric", "Latest", "Highest", "Warn at", "Alert at"],
  data.drift.map((d) => [d.feature, d.metric, num(d.latest), num(d.max), num(d.warn), num(d.alert)]),
)}

<h2>Promotions and human oversight</h2>
${
  data.promotions.length === 0
    ? `<p class="muted">No promotion requests.</p>`
    : data.promotions
        .map(
          (p) => `<h3>${escape(p.label)}: ${escape(p.status)}</h3>
<p>Requested ${escape(p.createdAt)} by ${escape(p.requestedBy)}: ${escape(p.justification)}</p>
${table(
  ["Policy", "Mode", "Result"],
  p.policies.map((r) => [r.name, r.mode, r.passed ? "passed" : "failed"]),
  "No policy in force.",
)}
${table(
  ["Decision", "By", "When", "Comment"],
  p.decisions.map((d) => [d.decision, d.by, d.at, d.comment]),
  "No decisions.",
)}`,
        )
        .join("\n")
}

<h2>Audit trail</h2>
${chain}
<p>${data.audit.count} events concern this version (all in <code>audit-events.json</code>)${
    data.audit.shown.length < data.audit.count ? `; the first ${data.audit.shown.length} are listed here` : ""
  }.</p>
${table(
  ["Seq", "When", "Action", "Entity", "Hash"],
  data.audit.shown.map((e) => [e.seq, e.occurredAt, e.action, e.entity, e.hash]),
)}
</body></html>
`;
}
