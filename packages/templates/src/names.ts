import { COURIERS, type Courier, PLATFORMS, type PlatformId } from "@syt/orders-model";

export function courierName(courier: Courier): string {
  return COURIERS[courier].name;
}

export function platformName(platform: PlatformId): string {
  return PLATFORMS[platform].name;
}
