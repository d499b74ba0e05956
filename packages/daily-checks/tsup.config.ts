import { defineConfig } from "tsup";
import { cliBuild, packageBuild } from "../../tsup.shared";

export default defineConfig([packageBuild({ index: "src/index.ts" }), cliBuild({ cli: "src/cli.ts" })]);
