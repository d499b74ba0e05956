// `test:package` for the taskpane: it is deployed as static files, not published to a registry,
// so check the deployable dist/ instead of a tarball: Office.js from Microsoft's CDN by a tag and
// never bundled (and only taskpane.html loads it), both manifests, the icons they name, the first-load budget.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dist = path.resolve(import.meta.dirname, "../dist");
const OFFICE_TAG = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
const problems = [];
const read = (file) => readFileSync(path.join(dist, file), "utf8");

if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`No build in ${dist}: run \`pnpm --filter excel-addin build\` first.`);
  process.exit(1);
}

// taskpane.html (the manifest's page) loads Office.js in <head>; index.html (file mode) never does.
if (!existsSync(path.join(dist, "taskpane.html"))) problems.push("taskpane.html missing");
else {
  const html = read("taskpane.html");
  const headEnd = html.indexOf("</head>");
  if (!html.includes(OFFICE_TAG) || html.indexOf(OFFICE_TAG) > headEnd)
    problems.push("taskpane.html: office.js tag missing from <head>");
}
if (/<script[^>]*office\.js/i.test(read("index.html")) || read("index.html").includes("appsforoffice"))
  problems.push("index.html: file mode must not load Office.js");

const scripts = readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".js"));
for (const file of scripts) {
  // Office.js's own source defines OSF; finding it means office.js was bundled.
  if (/\bOSF\.(DDA|_OfficeAppFactory)\b/.test(read(`assets/${file}`)))
    problems.push(`assets/${file}: Office.js is bundled`);
}

for (const manifest of ["manifest.dev.xml", "manifest.prod.xml"]) {
  if (!existsSync(path.join(dist, manifest))) {
    problems.push(`${manifest} missing`);
    continue;
  }
  const xml = read(manifest);
  if (xml.includes("{{BASE_URL}}")) problems.push(`${manifest}: placeholder left`);
  for (const [, icon] of xml.matchAll(/\/(assets\/icon-\d+\.png)"/g)) {
    if (!existsSync(path.join(dist, icon))) problems.push(`${manifest} names ${icon}, which is not in dist/`);
  }
}

const size = JSON.parse(read("bundle-size.json"));
if (size.firstLoadGzipBytes > size.limitBytes)
  problems.push(`first load ${size.firstLoadGzipBytes} B gzip > ${size.limitBytes}`);

if (problems.length > 0) {
  console.error(`dist/ is not deployable:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `dist/ ok: office.js by CDN tag, ${scripts.length} JS files, manifests dev+prod, first load ${(size.firstLoadGzipBytes / 1024).toFixed(1)} KB gzip`,
);
