// Writes the example exports the README's first command turns into a report.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { toXlsx } from "@syt/fake-exports";
import { EXAMPLE_ORDERS_FILE, EXAMPLE_WMS_FILE, exampleSheets } from "./example-data";

const examplesDir = path.resolve(import.meta.dirname, "../../../examples");
const sheets = exampleSheets();
await writeFile(
  path.join(examplesDir, EXAMPLE_ORDERS_FILE),
  await toXlsx({ name: sheets.orders.name, rows: sheets.orders.rows }),
);
await writeFile(
  path.join(examplesDir, EXAMPLE_WMS_FILE),
  await toXlsx({ name: sheets.wms.name, rows: sheets.wms.rows }),
);
process.stdout.write(`examples written to ${examplesDir}\n`);
