import { describe, expectTypeOf, test } from "vitest";
import {
  courierIntercept,
  type EmailMessage,
  render,
  renderTemplate,
  type TemplateId,
  type TemplateInput,
  type TextMessage,
} from "../src/index";

describe("render is typed end to end", () => {
  test("the id decides the input and the output", () => {
    expectTypeOf(render<"damage-email">).returns.toEqualTypeOf<EmailMessage>();
    expectTypeOf(render<"courier-intercept">).returns.toEqualTypeOf<TextMessage>();
    expectTypeOf<TemplateInput<"reissue-remark">>().toHaveProperty("reissueSku").toEqualTypeOf<string>();
    expectTypeOf<TemplateInput<"out-of-stock">["action"]>().toEqualTypeOf<"down" | "up" | undefined>();
  });

  test("only known ids, only their fields", () => {
    expectTypeOf<"cod-guide">().toExtend<TemplateId>();
    expectTypeOf<"return-notices">().not.toExtend<TemplateId>();
    // @ts-expect-error: courier-intercept needs a waybill and a receiver
    render("courier-intercept", { courier: "申通" });
    // @ts-expect-error: no such template
    render("return-notices", {});
  });

  test("a template imported on its own renders with the same types", () => {
    expectTypeOf(renderTemplate<typeof courierIntercept>).returns.toEqualTypeOf<TextMessage>();
    expectTypeOf(courierIntercept.example).toHaveProperty("receiver");
  });
});
