import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAdapterConfig } from "@/lib/formats/adapter-config";
import { parseModelCard } from "@/lib/formats/model-card";
import { adapterConfigPrefillSchema, modelCardPrefillSchema } from "./imports";

const fixtures = path.join(import.meta.dirname, "../formats/fixtures");

// The OpenAPI document describes the prefills with these schemas: they must match what the parsers return.
describe("prefill schemas", () => {
  it("describe every model card fixture's prefill", () => {
    for (const name of ["model-card-lora-adapter.md", "model-card-trainer.md"]) {
      const prefill = parseModelCard(readFileSync(path.join(fixtures, name), "utf8"));
      expect(modelCardPrefillSchema.strict().parse(prefill)).toEqual(prefill);
    }
  });

  it("describe every adapter config fixture's prefill", () => {
    for (const name of readdirSync(fixtures).filter((file) => file.endsWith(".adapter_config.json"))) {
      const prefill = parseAdapterConfig(readFileSync(path.join(fixtures, name), "utf8"));
      expect(adapterConfigPrefillSchema.strict().parse(prefill)).toEqual(prefill);
    }
  });
});
