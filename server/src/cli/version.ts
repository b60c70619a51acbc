// Bundled into dist/ at build time, so that an installed CLI reports the version it was built as.
import { version } from "../../../package.json";

export const VERSION: string = version;
