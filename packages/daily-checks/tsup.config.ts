import { defineConfig } from "tsup";
import { libraryAndCliBuilds } from "../../tsup.shared";

export default defineConfig(libraryAndCliBuilds({ index: "src/index.ts" }, { cli: "src/cli.ts" }));
