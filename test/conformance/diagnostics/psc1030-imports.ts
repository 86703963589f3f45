// PSC1030: imports from Node modules ('fs', 'path'); core may import only core files and src/host. Calls of the imported functions are not core calls either (PSC1020).
/// <reference path="./ambient/node-globals.d.ts" />
import { existsSync } from 'fs'; // @expect PSC1030:28
import * as path from 'path'; // @expect PSC1030:23

export function main(): boolean {
  const joined = path.join('a', 'b'); // @expect PSC1020
  return existsSync(joined); // @expect PSC1020
}
