/** Cross-check: writeJson refuses a value nested deeper than 256 levels (W2D1315) in both engines. */
import { jsonArray, jsonNumber, type JsonValue } from '../../../../src/core/formats/json/value.js';
import { writeJson } from '../../../../src/core/formats/json/write.js';

export function main(): string {
  let v: JsonValue = jsonNumber(1);
  for (let i = 0; i < 257; i++) v = jsonArray([v]);
  return writeJson(v, 0);
}
