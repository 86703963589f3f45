/** Cross-check: building, reading and editing values through the value helpers. */
import { parseJson } from '../../../../src/core/formats/json/parse.js';
import { writeJson } from '../../../../src/core/formats/json/write.js';
import { jsonArray, jsonBool, jsonGet, jsonNull, jsonNumber, jsonObject, jsonString, type JsonValue } from '../../../../src/core/formats/json/value.js';

export function main(): string[] {
  const built = jsonObject([
    ['name', jsonString('Winsock "2" \\ Doctor')],
    ['count', jsonNumber(3)],
    ['ok', jsonBool(true)],
    ['none', jsonNull()],
    ['list', jsonArray([jsonNumber(-0), jsonNumber(1.5e-7), jsonString('\u0001\ud800')])],
    ['name', jsonString('replaced in place')],
  ]);
  const text = writeJson(built, 2);
  const back = parseJson(text);
  const out: string[] = [text, writeJson(back, 0)];
  const list = jsonGet(back, 'list');
  if (list !== undefined && list.kind === 'array') {
    list.items.push(jsonString('added'));
    out.push(`${list.items.length}`);
  }
  if (back.kind === 'object') back.members.set('count', jsonNumber(4));
  const missing: JsonValue | undefined = jsonGet(back, 'absent');
  out.push(missing === undefined ? 'absent' : 'present');
  out.push(writeJson(back, 0));
  return out;
}
