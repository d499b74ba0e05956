import type { ServerOptions } from "node:https";

/**
 * office-addin-dev-certs creates a localhost certificate signed by its own CA and installs
 * that CA (on Linux with `sudo update-ca-certificates`). Office only loads a trusted https
 * page, so when that fails, say what to run instead of printing a stack trace.
 */
export async function devHttpsOptions(): Promise<ServerOptions> {
  const devCerts = await import("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    throw new Error(
      "office-addin-dev-certs could not create or install the localhost certificate. " +
        "Run `pnpm --filter excel-addin exec office-addin-dev-certs install` once (it may ask for sudo), " +
        `then start the dev server again. Cause: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
