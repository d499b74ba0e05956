import { packageTests } from "../../vitest.shared";

export default packageTests(import.meta.dirname);
