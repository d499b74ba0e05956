import type { Courier, PlatformId } from "@syt/orders-model";
import type { TemplatesConfig } from "./config";
import { ConfigMissingError, InvalidInputError } from "./errors";
import type { FieldPath } from "./issues";

/** The configuration a template cannot do without. */
export function requireConfig(templateId: string, config: TemplatesConfig | undefined): TemplatesConfig {
  if (!config) throw new ConfigMissingError(templateId);
  return config;
}

function notInConfig(templateId: string, path: FieldPath, input: unknown, configPath: string): never {
  throw new InvalidInputError(templateId, [{ code: "not-in-config", path, input, params: { configPath } }]);
}

export function findHandler(templateId: string, config: TemplatesConfig, name: string, path: FieldPath) {
  return (
    config.handlers.find((handler) => handler.name === name) ??
    notInConfig(templateId, path, name, "handlers")
  );
}

export function findShop(templateId: string, config: TemplatesConfig, platform: PlatformId, path: FieldPath) {
  return config.shops[platform] ?? notInConfig(templateId, path, platform, "shops");
}

export function findCourier(templateId: string, config: TemplatesConfig, courier: Courier, path: FieldPath) {
  return config.couriers[courier] ?? notInConfig(templateId, path, courier, "couriers");
}
