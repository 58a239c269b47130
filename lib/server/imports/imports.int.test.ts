import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as importAdapterConfig } from "@/app/api/v1/imports/adapter-config/route";
import { POST as importModelCard } from "@/app/api/v1/imports/model-card/route";
import { db } from "@/lib/server/db";
import { callRoute } from "@/tests/support/call-route";
import { createUserWithToken } from "@/tests/support/factories";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../formats/fixtures", name), "utf8");

describe("POST /api/v1/imports/model-card", () => {
  it("reads a README sent as text/markdown or as JSON { content }, storing nothing", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const events = await db.auditEvent.count();
    const card = fixture("model-card-lora-adapter.md");
    const asText = await callRoute(importModelCard, {
      url: "/api/v1/imports/model-card",
      method: "POST",
      token,
      rawBody: card,
      headers: { "content-type": "text/markdown; charset=utf-8" },
    });
    expect(asText.status).toBe(200);
    expect(asText.body.prefill).toMatchObject({
      baseModels: ["meta-llama/Llama-3.1-8B-Instruct"],
      relation: "ADAPTER_OF",
      license: "llama3.1",
      task: "text-generation",
      evaluations: [{ suite: "Support Tickets (held-out) (test)" }, { suite: "MMLU" }],
    });
    expect(asText.body.prefill.sections.every((s: { status: string }) => s.status === "present")).toBe(true);
    const asJson = await callRoute(importModelCard, {
      url: "/x",
      method: "POST",
      token,
      body: { content: card },
    });
    expect(asJson.body).toEqual(asText.body);
    expect(await db.auditEvent.count()).toBe(events);
  });

  it("answers 400 naming the line of bad YAML, and for a missing or oversized content", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const bad = await callRoute(importModelCard, {
      url: "/x",
      method: "POST",
      token,
      body: { content: fixture("model-card-bad-yaml.md") },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.content).toMatch(
      /^The front matter is not valid YAML \(line 6, column 26\)/,
    );
    const missing = await callRoute(importModelCard, { url: "/x", method: "POST", token, body: {} });
    expect(missing.body.error.fields).toEqual({ content: "Required: the README.md text" });
    const huge = await callRoute(importModelCard, {
      url: "/x",
      method: "POST",
      token,
      rawBody: "x".repeat(1024 * 1024 + 1),
      headers: { "content-type": "text/markdown" },
    });
    expect(huge.status).toBe(413);
  });

  it("answers 403 to roles that cannot register versions", async () => {
    const { token } = await createUserWithToken({ roles: ["COMPLIANCE_OFFICER"] });
    expect(
      (await callRoute(importModelCard, { url: "/x", method: "POST", token, body: { content: "# x" } }))
        .status,
    ).toBe(403);
  });
});

describe("POST /api/v1/imports/adapter-config", () => {
  it("reads a PEFT config into adapter facts", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const response = await callRoute(importAdapterConfig, {
      url: "/api/v1/imports/adapter-config",
      method: "POST",
      token,
      rawBody: fixture("dora-mistral.adapter_config.json"),
    });
    expect(response).toMatchObject({
      status: 200,
      body: {
        prefill: {
          adapterType: "DORA",
          baseModelNameOrPath: "mistralai/Mistral-7B-v0.3",
          rank: 8,
          alpha: 16,
          dropout: 0.1,
          targetModules: ["q_proj", "v_proj"],
          taskType: "CAUSAL_LM",
        },
      },
    });
  });

  it("records QLoRA when the caller says the base was 4-bit", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const config = JSON.parse(fixture("lora-llama.adapter_config.json"));
    const response = await callRoute(importAdapterConfig, {
      url: "/api/v1/imports/adapter-config?quantizedBase=true",
      method: "POST",
      token,
      body: config,
    });
    expect(response.body.prefill.adapterType).toBe("QLORA");
    const bad = await callRoute(importAdapterConfig, {
      url: "/api/v1/imports/adapter-config?quantizedBase=yes",
      method: "POST",
      token,
      body: config,
    });
    expect(bad.body.error.fields).toEqual({ quantizedBase: "true or false" });
  });

  it("answers 400 with a message per field of the config, and for a body that is not JSON", async () => {
    const { token } = await createUserWithToken({ roles: ["DATA_SCIENTIST"] });
    const response = await callRoute(importAdapterConfig, {
      url: "/x",
      method: "POST",
      token,
      body: { peft_type: "LORA", r: 0, lora_dropout: 2 },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      message:
        "This is not a valid PEFT adapter_config.json: adapter_config.json has values PEFT would not accept",
      fields: { r: "Must be at least 1", lora_dropout: "Must be between 0 and 1" },
    });
    const notJson = await callRoute(importAdapterConfig, {
      url: "/x",
      method: "POST",
      token,
      rawBody: "{r: 8",
    });
    expect(notJson.body.error.fields).toEqual({ body: "The body is not valid JSON" });
    const array = await callRoute(importAdapterConfig, { url: "/x", method: "POST", token, body: [1] });
    expect(array.body.error.fields).toEqual({ body: "adapter_config.json must be a JSON object" });
  });

  it("answers 403 to leadership", async () => {
    const { token } = await createUserWithToken({ roles: ["LEADERSHIP"] });
    expect(
      (
        await callRoute(importAdapterConfig, {
          url: "/x",
          method: "POST",
          token,
          body: { peft_type: "LORA" },
        })
      ).status,
    ).toBe(403);
  });
});
