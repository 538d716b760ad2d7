// The bundle's entry: registers every element as soon as the script loads, for the one-tag embed.
// Everything else the package exports comes through too, for hosts that import the bundle as a module.
import { defineElements } from './index.js';

export * from './index.js';

defineElements();
