import { exampleConfig, parseConfig } from "@syt/templates";
import { describe, expect, it } from "vitest";
import { checkDraft, draftFromConfig, emptyDraft, jsonFromDraft } from "./config-draft";

describe("the configuration form's draft", () => {
  it("the example configuration, edited in the form, is the same configuration again", () => {
    const config = parseConfig(exampleConfig);
    const checked = checkDraft(draftFromConfig(config));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    expect(checked.config).toEqual(config);
    expect(JSON.parse(checked.json)).toEqual(jsonFromDraft(draftFromConfig(config)));
  });

  it("leaves out what the operator left empty (groups, damage mailboxes, a mailbox's name, shops)", () => {
    const draft = emptyDraft();
    draft.couriers.push({ courier: "zto", app: "qq", group: "中通群", mailbox1: "", mailbox2: "" });
    const json = jsonFromDraft(draft) as Record<string, unknown>;
    expect(json.groups).toBeUndefined();
    expect(json.shops).toEqual({});
    expect(json.couriers).toEqual({ zto: { app: "qq", group: "中通群" } });
    expect((json.damageMail as { from: unknown }).from).toEqual({ email: "" });
  });

  it("an empty form gives the library's issues, by the paths the form shows them under", () => {
    const checked = checkDraft(emptyDraft());
    expect(checked.ok).toBe(false);
    const paths = checked.ok ? [] : checked.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "returnAddress.address",
        "returnAddress.postcode",
        "handlers.0.name",
        "damageMail.from.email",
        "pharmacistWechat",
      ]),
    );
  });
});
