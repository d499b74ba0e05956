import { existsSync, readFileSync } from "node:fs";
import type { ServerOptions } from "node:https";
import os from "node:os";
import path from "node:path";

/** Where office-addin-dev-certs keeps what it generates (its `defaults.certificateDirectory`). */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function generatedCertificates(): ServerOptions | undefined {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (!Object.values(files).every((f) => existsSync(path.join(CERT_DIR, f)))) return undefined;
  return {
    ca: readFileSync(path.join(CERT_DIR, files.ca)),
    cert: readFileSync(path.join(CERT_DIR, files.cert)),
    key: readFileSync(path.join(CERT_DIR, files.key)),
  };
}

/**
 * office-addin-dev-certs creates a localhost certificate signed by its own CA and installs that
 * CA as trusted (with sudo on Linux and macOS, a prompt on Windows). Office only loads a page
 * whose certificate it trusts; where installing is impossible (a container without sudo) the
 * generated certificate is still served, with a warning that this machine does not trust it.
 */
export async function devHttpsOptions(): Promise<ServerOptions> {
  const devCerts = await import("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const generated = generatedCertificates();
    const cause = error instanceof Error ? error.message : String(error);
    if (!generated) {
      throw new Error(
        `office-addin-dev-certs could not create the localhost certificate (${cause}). ` +
          "Run `pnpm --filter excel-addin exec office-addin-dev-certs install` and start the dev server again.",
      );
    }
    console.warn(
      `\n[excel-addin] The dev CA could not be installed as trusted (${cause.trim()}).\n` +
        `Serving ${path.join(CERT_DIR, "localhost.crt")} anyway: Office on this machine will refuse the page until\n` +
        "`pnpm --filter excel-addin exec office-addin-dev-certs install` succeeds (run it where sudo/admin is available).\n",
    );
    return generated;
  }
}
