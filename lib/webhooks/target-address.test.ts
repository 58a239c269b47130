import { describe, expect, it } from "vitest";
import { classifyAddress, refuseTarget } from "./target-address";

describe("webhook targets", () => {
  it("classifies addresses", () => {
    expect(classifyAddress("93.184.216.34")).toBe("public");
    expect(classifyAddress("127.0.0.1")).toBe("local");
    expect(classifyAddress("10.1.2.3")).toBe("local");
    expect(classifyAddress("172.20.0.1")).toBe("local");
    expect(classifyAddress("172.32.0.1")).toBe("public");
    expect(classifyAddress("192.168.1.1")).toBe("local");
    expect(classifyAddress("169.254.169.254")).toBe("forbidden");
    expect(classifyAddress("0.0.0.0")).toBe("forbidden");
    expect(classifyAddress("224.0.0.1")).toBe("forbidden");
    expect(classifyAddress("[::1]")).toBe("local");
    expect(classifyAddress("::ffff:169.254.169.254")).toBe("forbidden");
    expect(classifyAddress("fe80::1")).toBe("forbidden");
    expect(classifyAddress("fd00::1")).toBe("local");
    expect(classifyAddress("2606:4700::1111")).toBe("public");
    expect(classifyAddress("hooks.example.com")).toBeNull();
    expect(classifyAddress("300.1.1.1")).toBeNull();
  });

  it("takes http(s) addresses only, without credentials", () => {
    expect(refuseTarget("https://hooks.example.com/x", false)).toBeNull();
    expect(refuseTarget("ftp://hooks.example.com/x", true)).toMatch(/http/);
    expect(refuseTarget("javascript:alert(1)", true)).toMatch(/http/);
    expect(refuseTarget("not a url", true)).toMatch(/full address/);
    expect(refuseTarget("https://user:pw@hooks.example.com/", true)).toMatch(/password/);
  });

  it("refuses link-local always, loopback and private networks unless allowed (any spelling of the host)", () => {
    expect(refuseTarget("http://169.254.169.254/latest/meta-data", true)).toMatch(/link-local/);
    expect(refuseTarget("http://127.0.0.1:9000/hook", false)).toMatch(/WEBHOOK_ALLOW_LOCAL/);
    expect(refuseTarget("http://0x7f.1/hook", false)).toMatch(/WEBHOOK_ALLOW_LOCAL/);
    expect(refuseTarget("http://localhost:9000/hook", false)).toMatch(/WEBHOOK_ALLOW_LOCAL/);
    expect(refuseTarget("http://[::1]:9000/hook", false)).toMatch(/WEBHOOK_ALLOW_LOCAL/);
    expect(refuseTarget("http://[::ffff:127.0.0.1]:9000/hook", false)).toMatch(/WEBHOOK_ALLOW_LOCAL/);
    expect(refuseTarget("http://[::ffff:a9fe:a9fe]/latest", true)).toMatch(/link-local/);
    expect(refuseTarget("http://127.0.0.1:9000/hook", true)).toBeNull();
    expect(refuseTarget("http://localhost:9000/hook", true)).toBeNull();
  });
});
