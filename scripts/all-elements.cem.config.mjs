// The analyzer's configuration with every registered element, the parts inside the public ones included, at their
// sources: what docs/api.md is written from (scripts/generate-api-docs.mjs). custom-elements.json, which the package
// ships, holds only the elements a host page writes (custom-elements-manifest.config.mjs).
import { manifestConfig } from '../custom-elements-manifest.config.mjs';

export default manifestConfig({ shipped: false });
