import { describe, expect, it } from "vitest";
import { SERVER_FAULT, signInFailure, throttledRefusal } from "./sign-in-refusal";

describe("sign-in failures", () => {
  it("blame the typing only for next-auth's CredentialsSignin", () => {
    expect(signInFailure("CredentialsSignin")).toEqual({ kind: "credentials" });
    expect(signInFailure(throttledRefusal(90))).toEqual({ kind: "throttled", seconds: 90 });
    expect(signInFailure(SERVER_FAULT)).toEqual({ kind: "server" });
    expect(signInFailure("Configuration")).toEqual({ kind: "server" });
    expect(signInFailure(undefined)).toEqual({ kind: "server" });
  });
});
