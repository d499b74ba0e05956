import type { Courier, PlatformId } from "@syt/orders-model";
import type { TemplatesConfig } from "./config";
import { ConfigMissingError, InvalidInputError } from "./errors";
import type { FieldPath } from "./issues";
import { courierName, platformName } from "./names";

/** The configuration a template cannot do without. */
export function requireConfig(templateId: string, config: TemplatesConfig | undefined): TemplatesConfig {
  if (!config) throw new ConfigMissingError(templateId);
  return config;
}

/** `known` lists what the configuration does have, so the message can offer it. */
export function notInConfig(
  templateId: string,
  path: FieldPath,
  input: unknown,
  configPath: string,
  known: readonly string[],
): never {
  throw new InvalidInputError(templateId, [
    { code: "not-in-config", path, input, params: { configPath, known } },
  ]);
}

export function findHandler(templateId: string, config: TemplatesConfig, name: string, path: FieldPath) {
  return (
    config.handlers.find((handler) => handler.name === name) ??
    notInConfig(
      templateId,
      path,
      name,
      "handlers",
      config.handlers.map((handler) => handler.name),
    )
  );
}

export function findShop(templateId: string, config: TemplatesConfig, platform: PlatformId, path: FieldPath) {
  const known = Object.keys(config.shops).map((id) => platformName(id as PlatformId));
  return config.shops[platform] ?? notInConfig(templateId, path, platformName(platform), "shops", known);
}

export function findCourier(templateId: string, config: TemplatesConfig, courier: Courier, path: FieldPath) {
  const known = Object.keys(config.couriers).map((id) => courierName(id as Courier));
  return config.couriers[courier] ?? notInConfig(templateId, path, courierName(courier), "couriers", known);
}
