import { describe, expect, it } from "vitest";
import { requireChromium } from "./browser/browser";
import { requireSchemas } from "./xsd";

// What a fresh machine sees instead of a silent skip.
describe("missing prerequisites fail with what to do", () => {
  it("names the apt command when Chromium is missing", () => {
    expect(() => requireChromium("/nonexistent/chromium")).toThrow(
      "Chromium not found at /nonexistent/chromium: the browser tests need Debian's chromium. Install it with `apt-get install -y chromium`",
    );
  });

  it("says where the Office schemas were looked for when they are absent", () => {
    expect(() => requireSchemas("/nonexistent/office-schemas")).toThrow(
      /schemas not found at \/nonexistent\/office-schemas[\s\S]*committed in apps\/excel-addin\/test\/office-schemas\/; restore that folder from git/,
    );
  });
});
