/** Cross-check: parseJson throws the same W2D13xx error in both engines. */
import { parseJson } from '../../../../src/core/formats/json/parse.js';

export function main(): string {
  return parseJson('{\n  "a": [1, 2,, 3]\n}').kind;
}
