// A throw-away verdaccio on 127.0.0.1: its own config, storage and user list in a temp folder,
// no uplinks, stopped with its whole process group.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

const require = createRequire(import.meta.url);
const verdaccioBin = path.join(path.dirname(require.resolve("verdaccio/package.json")), "bin/verdaccio");
const template = path.resolve(import.meta.dirname, "../verdaccio.template.yaml");

export interface LocalRegistry {
  url: string;
  /** A `.npmrc` with this registry for @syt and the test user's token, and nothing else. */
  npmrc: string;
  token: string;
  /** GET a path of the registry as the test user, parsed as JSON. */
  getJson: (pathname: string) => Promise<{ status: number; body: unknown }>;
  log: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {}
    }, 5_000);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(killer);
      resolve();
    }
  });
}

/**
 * One request per connection: fetch's keep-alive pool would reuse a socket that verdaccio
 * closed while npm was installing ("other side closed").
 */
function call(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      url,
      {
        method: options.method ?? "GET",
        agent: false,
        headers: {
          accept: "application/json",
          ...(payload ? { "content-type": "application/json" } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: text === "" ? undefined : JSON.parse(text) });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await call(`${url}-/ping`)).status === 200) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 30 s:\n${log()}`);
}

/** Starts verdaccio in `dir` (which must be new and empty) and creates one user. */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const storage = path.join(dir, "storage");
  mkdirSync(storage, { recursive: true });
  const config = path.join(dir, "config.yaml");
  writeFileSync(
    config,
    readFileSync(template, "utf8")
      .replace("{{storage}}", storage)
      .replace("{{htpasswd}}", path.join(dir, "htpasswd")),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [verdaccioBin, "--config", config, "--listen", `127.0.0.1:${port}`], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const log = () => output;
  // A worker that dies without afterAll still takes verdaccio with it.
  const onExit = () => {
    try {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    } catch {}
  };
  process.once("exit", onExit);
  const stop = async () => {
    process.removeListener("exit", onExit);
    await stopGroup(child);
  };
  try {
    await waitUntilUp(url, child, log);
    const response = await call(`${url}-/user/org.couchdb.user:release-test`, {
      method: "PUT",
      body: { name: "release-test", password: `throwaway-${port}` },
    });
    const body = response.body as { token?: string; error?: string } | undefined;
    const token = body?.token;
    if (response.status !== 201 || !token)
      throw new Error(`verdaccio refused the test user: ${JSON.stringify(body)}`);
    const npmrc = path.join(dir, "user.npmrc");
    const host = url.replace(/^http:/, "");
    writeFileSync(npmrc, `@syt:registry=${url}\n${host}:_authToken=${token}\n`);
    const getJson = (pathname: string) => call(new URL(pathname, url).href, { token });
    return { url, npmrc, token, getJson, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
