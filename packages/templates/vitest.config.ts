import { packageTests } from "../../vitest.shared";

export default packageTests(import.meta.dirname, { globalSetup: ["./test/setup/build-if-stale.ts"] });
