import type { HostPrimitives } from './primitives.js';
import { nodePrimitives } from './node/index.js';

/** The host primitives as core calls them (`host.<name>(...)`); in Node, the Node implementation. */
export const host: HostPrimitives = nodePrimitives;
