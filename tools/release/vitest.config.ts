import { packageTests } from "../../vitest.shared.ts";

/** One release run: the registry, the publish and the install are set up once in beforeAll. */
export default packageTests(import.meta.dirname, { dist: ["test/**/*.test.ts"] });
