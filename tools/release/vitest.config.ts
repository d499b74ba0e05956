import { packageTests } from "../../vitest.shared";

/** One release run: the registry, the publish and the install are set up once in beforeAll. */
export default packageTests(import.meta.dirname, { hookTimeout: 300_000, testTimeout: 60_000 });
