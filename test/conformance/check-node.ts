/**
 * Node-side check of the conformance suite (hand-written).
 *
 *   npx tsx test/conformance/check-node.ts [--no-typecheck] [--print] [filter...]
 *
 * 1. Type-checks every file under cases/ and diagnostics/ with the compiler's options (strict, ES2022, no @types), so each
 *    snippet is type-correct TypeScript (diagnostic snippets are outside the subset, never ill-typed).
 * 2. Checks the shape of each case: a top comment, `export function main(): <Type>` with an explicit
 *    return type, imports only from src/host/host.js.
 * 3. Imports every case, runs main() twice and checks: it returns a JSON-able value, both runs give the
 *    same JSON (cases must be deterministic and idempotent, so a persistent pwsh session can rerun
 *    them), and it throws exactly when the file is marked `// @throws` (with the message when given).
 * 4. Checks the annotations of every diagnostics file: each `// @expect PSCnnnn[:col]` names a code of
 *    codegen/diagnostics/codes.ts, and each file has at least one.
 *
 * A `filter` argument keeps only the cases whose path contains it. `--print` prints every result.
 * Exit code 0 when everything holds, 1 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { DiagnosticCodes } from '../../codegen/diagnostics/codes.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const casesDir = join(here, 'cases');
const diagnosticsDir = join(here, 'diagnostics');

const argv = process.argv.slice(2);
const typecheck = !argv.includes('--no-typecheck');
const printAll = argv.includes('--print');
const filters = argv.filter((a) => !a.startsWith('--'));

function listTs(dir: string): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listTs(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const rel = (p: string): string => relative(repoRoot, p).split(sep).join('/');
const problems: string[] = [];

/** What a case's header says about throwing: null = must not throw; '' = any message; else exact message. */
function throwsMarker(source: string): string | null {
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('//')) break;
    const m = /^\/\/\s*@throws\b:?\s*(.*)$/.exec(t);
    if (m) return m[1].trim();
  }
  return null;
}

/** Parses `// @expect PSC1009` / `// @expect PSC1009:col` annotations (1-based line, optional column). */
function parseExpectations(source: string): { line: number; code: string; column?: number }[] {
  const out: { line: number; code: string; column?: number }[] = [];
  source.split('\n').forEach((text, i) => {
    const re = /@expect\s+(PSC\d{4})(?::(\d+))?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ line: i + 1, code: m[1], column: m[2] === undefined ? undefined : Number(m[2]) });
    }
  });
  return out;
}

function isJsonable(v: unknown, path: string, errs: string[]): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return;
  if (v === undefined) {
    // Allowed only as an object property (omitted) or array element (null); the caller decides.
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => isJsonable(x, `${path}[${i}]`, errs));
    return;
  }
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      errs.push(`${path} is a ${(v as object).constructor?.name ?? 'non-plain object'}, not a plain object`);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) isJsonable(x, `${path}.${k}`, errs);
    return;
  }
  errs.push(`${path} has type ${typeof v}`);
}

// ---- subset lint (cases only) ----------------------------------------------------------------------
// A conservative approximation of the compiler's validator, so the cases stay inside docs/subset.md
// even before the compiler exists. The compiler remains the authority.
const arrayMethods = new Set(['push', 'pop', 'indexOf', 'includes', 'join', 'slice', 'concat', 'map', 'filter',
  'forEach', 'some', 'every', 'find', 'findIndex', 'reduce', 'sort', 'reverse']);
const callbackMethods = new Set(['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'reduce', 'sort']);
const stringMethods = new Set(['charAt', 'charCodeAt', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith',
  'slice', 'substring', 'toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd', 'split', 'replaceAll',
  'padStart', 'padEnd', 'repeat']);
const mapMethods = new Set(['get', 'set', 'has', 'delete', 'keys', 'values', 'clear']);
const staticCalls = new Set(['Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.abs', 'Math.min', 'Math.max',
  'Math.pow', 'Math.sqrt', 'Math.sign', 'Number.isInteger', 'Number.isNaN', 'Number.parseInt', 'Array.isArray',
  'Array.from', 'String.fromCharCode', 'Object.keys']);
const globalCalls = new Set(['String', 'Number', 'parseInt']);
const staticProps = new Set(['Math.PI', 'Number.MAX_SAFE_INTEGER']);

function lintCase(sf: ts.SourceFile, checker: ts.TypeChecker, report: (msg: string) => void): void {
  const at = (n: ts.Node): string => {
    const { line, character } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    return `${line + 1}:${character + 1}`;
  };
  const bad = (n: ts.Node, msg: string): void => report(`${at(n)} ${msg}: ${n.getText(sf).slice(0, 60)}`);
  const typeStr = (n: ts.Node): string => checker.typeToString(checker.getTypeAtLocation(n));
  const isKind = (n: ts.Node, flags: ts.TypeFlags): boolean => {
    const t = checker.getTypeAtLocation(n);
    const parts = t.isUnion() ? t.types : [t];
    return parts.every((p) => (p.flags & flags) !== 0);
  };
  const isBool = (n: ts.Node): boolean => isKind(n, ts.TypeFlags.BooleanLike);
  const isNum = (n: ts.Node): boolean => isKind(n, ts.TypeFlags.NumberLike);
  const isStr = (n: ts.Node): boolean => isKind(n, ts.TypeFlags.StringLike);
  const cond = (n: ts.Node | undefined): void => {
    if (n !== undefined && !isBool(n)) bad(n, `condition of type ${typeStr(n)}`);
  };
  const kindName = (t: ts.Type): string => {
    if (checker.isArrayType(t) || checker.isTupleType(t)) return 'array';
    if ((t.flags & ts.TypeFlags.StringLike) !== 0) return 'string';
    const sym = t.getSymbol();
    if (sym?.getName() === 'Map') return 'map';
    if (sym?.getName() === 'Uint8Array') return 'bytes';
    return 'other';
  };
  const declaredOutside = (id: ts.Identifier, fn: ts.Node): boolean => {
    const sym = checker.getSymbolAtLocation(id);
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (decl === undefined) return false;
    return !(decl.pos >= fn.pos && decl.end <= fn.end);
  };
  const visit = (n: ts.Node, fnDepth: number, arrow: ts.Node | undefined): void => {
    switch (n.kind) {
      case ts.SyntaxKind.ClassDeclaration: case ts.SyntaxKind.ClassExpression: bad(n, 'class'); break;
      case ts.SyntaxKind.AnyKeyword: bad(n, 'any'); break;
      case ts.SyntaxKind.RegularExpressionLiteral: bad(n, 'regex'); break;
      case ts.SyntaxKind.ForInStatement: bad(n, 'for-in'); break;
      case ts.SyntaxKind.TryStatement: bad(n, 'try'); break;
      case ts.SyntaxKind.LabeledStatement: bad(n, 'label'); break;
      case ts.SyntaxKind.DeleteExpression: bad(n, 'delete'); break;
      case ts.SyntaxKind.TypeOfExpression: bad(n, 'typeof'); break;
      case ts.SyntaxKind.YieldExpression: case ts.SyntaxKind.AwaitExpression: bad(n, 'yield/await'); break;
      case ts.SyntaxKind.EnumDeclaration: bad(n, 'enum'); break;
      case ts.SyntaxKind.BigIntLiteral: bad(n, 'bigint'); break;
      case ts.SyntaxKind.ThisKeyword: bad(n, 'this'); break;
      case ts.SyntaxKind.GetAccessor: case ts.SyntaxKind.SetAccessor: bad(n, 'accessor'); break;
      case ts.SyntaxKind.FunctionExpression: bad(n, 'function expression'); break;
      case ts.SyntaxKind.SpreadAssignment: bad(n, 'object spread'); break;
      case ts.SyntaxKind.ObjectBindingPattern: bad(n, 'object destructuring'); break;
      case ts.SyntaxKind.IndexSignature: bad(n, 'index signature'); break;
      case ts.SyntaxKind.NewExpression: {
        const e = n as ts.NewExpression;
        const name = e.expression.getText(sf);
        if (name !== 'Map' && name !== 'Error') bad(n, 'new');
        if (name === 'Error' && n.parent.kind !== ts.SyntaxKind.ThrowStatement) bad(n, 'new Error outside throw');
        break;
      }
      case ts.SyntaxKind.ThrowStatement: {
        const e = (n as ts.ThrowStatement).expression;
        if (!ts.isNewExpression(e) || e.expression.getText(sf) !== 'Error') bad(n, 'throw of something else than new Error');
        break;
      }
      case ts.SyntaxKind.VariableDeclarationList:
        if ((n.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) bad(n, 'var');
        break;
      case ts.SyntaxKind.FunctionDeclaration: {
        if (fnDepth > 0) bad(n, 'nested function');
        const f = n as ts.FunctionDeclaration;
        if (f.asteriskToken !== undefined || f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) bad(n, 'generator/async');
        if (f.parameters.some((p) => p.dotDotDotToken !== undefined)) bad(n, 'rest parameter');
        ts.forEachChild(n, (c) => visit(c, fnDepth + 1, arrow));
        return;
      }
      case ts.SyntaxKind.ArrowFunction: {
        const p = n.parent;
        const ok = ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) &&
          callbackMethods.has(p.expression.name.text) && p.arguments[0] === n &&
          kindName(checker.getTypeAtLocation(p.expression.expression)) === 'array';
        if (!ok) bad(n, 'arrow not a direct array-method callback');
        ts.forEachChild(n, (c) => visit(c, fnDepth + 1, n));
        return;
      }
      case ts.SyntaxKind.IfStatement: cond((n as ts.IfStatement).expression); break;
      case ts.SyntaxKind.WhileStatement: cond((n as ts.WhileStatement).expression); break;
      case ts.SyntaxKind.DoStatement: cond((n as ts.DoStatement).expression); break;
      case ts.SyntaxKind.ForStatement: cond((n as ts.ForStatement).condition); break;
      case ts.SyntaxKind.ConditionalExpression: cond((n as ts.ConditionalExpression).condition); break;
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const u = n as ts.PrefixUnaryExpression;
        if (u.operator === ts.SyntaxKind.ExclamationToken) cond(u.operand);
        if ((u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) &&
          arrow !== undefined && ts.isIdentifier(u.operand) && declaredOutside(u.operand, arrow)) bad(n, 'arrow assigns outer variable');
        break;
      }
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = n as ts.PostfixUnaryExpression;
        if (arrow !== undefined && ts.isIdentifier(u.operand) && declaredOutside(u.operand, arrow)) bad(n, 'arrow assigns outer variable');
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const b = n as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) { cond(b.left); cond(b.right); }
        if (op === ts.SyntaxKind.CommaToken) bad(n, 'comma operator');
        if (op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
          if (b.left.kind !== ts.SyntaxKind.NullKeyword && b.right.kind !== ts.SyntaxKind.NullKeyword) bad(n, 'loose equality');
        }
        if (op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken ||
          op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken) {
          if (!((isNum(b.left) && isNum(b.right)) || (isStr(b.left) && isStr(b.right)))) bad(n, 'relational on mixed types');
        }
        if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.PlusEqualsToken) {
          const okPlus = (isNum(b.left) && isNum(b.right)) || (isStr(b.left) && (isStr(b.right) || isNum(b.right))) ||
            (isNum(b.left) && isStr(b.right));
          if (!okPlus) bad(n, `+ on ${typeStr(b.left)} and ${typeStr(b.right)}`);
        }
        if (op === ts.SyntaxKind.AsteriskAsteriskToken) bad(n, '** (use Math.pow)');
        if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment && arrow !== undefined &&
          ts.isIdentifier(b.left) && declaredOutside(b.left, arrow)) bad(n, 'arrow assigns outer variable');
        break;
      }
      case ts.SyntaxKind.SpreadElement:
        if (!ts.isArrayLiteralExpression(n.parent)) bad(n, 'spread outside an array literal');
        else if (kindName(checker.getTypeAtLocation((n as ts.SpreadElement).expression)) !== 'array') bad(n, 'spread of a non-array');
        break;
      case ts.SyntaxKind.ElementAccessExpression: {
        const e = n as ts.ElementAccessExpression;
        const k = kindName(checker.getTypeAtLocation(e.expression));
        if ((k !== 'array' && k !== 'string' && k !== 'bytes') || !isNum(e.argumentExpression)) bad(n, 'element access');
        break;
      }
      case ts.SyntaxKind.PropertyAccessExpression: {
        const e = n as ts.PropertyAccessExpression;
        // o?.p on a property is allowed: codes.ts only rejects optional chaining on calls (PSC1037).
        const full = e.getText(sf);
        if ((e.expression.getText(sf) === 'Math' || e.expression.getText(sf) === 'Number') &&
          !ts.isCallExpression(n.parent) && !staticProps.has(full)) bad(n, 'builtin property');
        break;
      }
      case ts.SyntaxKind.CallExpression: {
        const c = n as ts.CallExpression;
        const callee = c.expression;
        if (ts.isIdentifier(callee)) {
          const sym = checker.getSymbolAtLocation(callee);
          const decl = sym?.declarations?.[0];
          const local = decl !== undefined && decl.getSourceFile() === sf && ts.isFunctionDeclaration(decl);
          if (!local && !globalCalls.has(callee.text)) bad(n, 'call of a non-core function');
        } else if (ts.isPropertyAccessExpression(callee)) {
          const recv = callee.expression;
          const name = callee.name.text;
          const full = `${recv.getText(sf)}.${name}`;
          const k = kindName(checker.getTypeAtLocation(recv));
          const ok = staticCalls.has(full) || recv.getText(sf) === 'host' ||
            (k === 'array' && arrayMethods.has(name)) || (k === 'string' && stringMethods.has(name)) ||
            (k === 'map' && mapMethods.has(name)) || (name === 'toString' && isNum(recv) && c.arguments.length <= 1);
          if (!ok) bad(n, `builtin ${k}.${name}`);
          if (name === 'sort' && c.arguments.length === 0) bad(n, 'sort without comparator');
          if (name === 'reduce' && c.arguments.length < 2) bad(n, 'reduce without initial value');
        } else bad(n, 'call of an expression');
        if (c.questionDotToken !== undefined) bad(n, 'optional call');
        break;
      }
      case ts.SyntaxKind.SwitchStatement: {
        const clauses = (n as ts.SwitchStatement).caseBlock.clauses;
        clauses.forEach((cl, i) => {
          if (cl.statements.length === 0 || i === clauses.length - 1) return;
          const last = cl.statements[cl.statements.length - 1];
          const term = (s: ts.Statement): boolean => ts.isBreakStatement(s) || ts.isReturnStatement(s) ||
            ts.isThrowStatement(s) || ts.isContinueStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && term(s.statements[s.statements.length - 1]));
          if (!term(last)) bad(cl, 'switch fall-through');
        });
        break;
      }
      case ts.SyntaxKind.Identifier: {
        const id = n as ts.Identifier;
        if (id.text.startsWith('__')) bad(n, 'identifier starting with __');
        if ((id.text === 'Infinity' || id.text === 'NaN' || id.text === 'Date' || id.text === 'Set' || id.text === 'JSON' ||
          id.text === 'console') && !ts.isPropertyAccessExpression(n.parent)) bad(n, 'unresolvable global');
        break;
      }
      default: break;
    }
    ts.forEachChild(n, (c) => visit(c, fnDepth, arrow));
  };
  visit(sf, 0, undefined);
}

// ---- 1. type check -------------------------------------------------------------------------------
const caseFiles = listTs(casesDir).filter((f) => filters.length === 0 || filters.some((x) => rel(f).includes(x)));
const diagFiles = listTs(diagnosticsDir).filter((f) => filters.length === 0 || filters.some((x) => rel(f).includes(x)));

if (typecheck) {
  // The compiler's own options (codegen/load/program.ts): strict, ES2022 lib, no @types. Snippets that misuse
  // Node globals declare them in diagnostics/ambient/*.d.ts.
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
    noImplicitReturns: true,
    allowUnusedLabels: true,
  };
  const program = ts.createProgram([...caseFiles, ...diagFiles], options);
  // Only the snippets' own errors count: src/host/node needs @types/node, which the compiler never loads.
  const mine = new Set([...caseFiles, ...diagFiles].map((f) => rel(f)));
  const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file === undefined || mine.has(rel(d.file.fileName)));
  for (const d of diags) {
    const where = d.file && d.start !== undefined ? (() => {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${rel(d.file.fileName)}:${line + 1}:${character + 1}`;
    })() : '(global)';
    problems.push(`type error ${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  console.log(`typecheck: ${caseFiles.length + diagFiles.length} files, ${diags.length} errors`);
  const checker = program.getTypeChecker();
  for (const file of caseFiles) {
    const sf = program.getSourceFile(file);
    if (sf !== undefined) lintCase(sf, checker, (msg) => problems.push(`${rel(file)}:${msg} (outside the subset)`));
  }
}

// ---- 2 + 3. cases --------------------------------------------------------------------------------
const perArea = new Map<string, number>();
let passed = 0;
let throwing = 0;
for (const file of caseFiles) {
  const name = rel(file);
  const source = readFileSync(file, 'utf8');
  const area = relative(casesDir, file).split(sep)[0];
  perArea.set(area, (perArea.get(area) ?? 0) + 1);
  const fail = (msg: string): void => {
    problems.push(`${name}: ${msg}`);
  };
  if (!source.startsWith('//') && !source.startsWith('/*')) fail('no top comment saying what the case covers');
  if (!/^export function main\(\): /m.test(source)) fail('no `export function main(): <Type>`');
  for (const m of source.matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)) {
    if (!m[1].endsWith('/src/host/host.js')) fail(`imports '${m[1]}' (only src/host/host.js is allowed)`);
  }
  const expectThrow = throwsMarker(source);
  let mod: { main?: () => unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { main?: () => unknown };
  } catch (e) {
    fail(`cannot be loaded: ${(e as Error).message}`);
    continue;
  }
  if (typeof mod.main !== 'function') {
    fail('does not export main');
    continue;
  }
  const runs: { ok: boolean; json?: string; message?: string }[] = [];
  for (let i = 0; i < 2; i++) {
    try {
      const v = mod.main();
      const errs: string[] = [];
      if (v === undefined) errs.push('main returned undefined');
      isJsonable(v, 'result', errs);
      errs.forEach(fail);
      runs.push({ ok: true, json: JSON.stringify(v) });
    } catch (e) {
      runs.push({ ok: false, message: e instanceof Error ? e.message : `non-Error thrown: ${String(e)}` });
    }
  }
  const [a, b] = runs;
  if (a.ok !== b.ok || a.json !== b.json || a.message !== b.message) {
    fail(`not deterministic: first ${JSON.stringify(a)}, then ${JSON.stringify(b)}`);
  }
  if (expectThrow === null && !a.ok) {
    fail(`throws unexpectedly: ${a.message}`);
  } else if (expectThrow !== null && a.ok) {
    fail(`is marked @throws but returned ${a.json}`);
  } else if (expectThrow !== null && expectThrow !== '' && a.message !== expectThrow) {
    fail(`throws '${a.message}', expected '${expectThrow}'`);
  } else {
    passed++;
    if (!a.ok) throwing++;
  }
  if (printAll) console.log(`${name}: ${a.ok ? a.json : `throws ${JSON.stringify(a.message)}`}`);
}

// ---- 4. diagnostics annotations ------------------------------------------------------------------
let annotations = 0;
const codeCount = new Map<string, number>();
for (const file of diagFiles) {
  const source = readFileSync(file, 'utf8');
  const exp = parseExpectations(source);
  if (exp.length === 0) problems.push(`${rel(file)}: no // @expect annotation`);
  if (!/^export function main\(\)/m.test(source) && !source.includes('export ')) {
    problems.push(`${rel(file)}: exports nothing (the compiler loads exported functions)`);
  }
  for (const e of exp) {
    annotations++;
    codeCount.set(e.code, (codeCount.get(e.code) ?? 0) + 1);
    if (!(e.code in DiagnosticCodes)) problems.push(`${rel(file)}:${e.line}: unknown code ${e.code}`);
    const text = source.split('\n')[e.line - 1];
    if (e.column !== undefined && (e.column < 1 || e.column > text.length)) {
      problems.push(`${rel(file)}:${e.line}: column ${e.column} is outside the line`);
    }
  }
}

// ---- report --------------------------------------------------------------------------------------
const areas = [...perArea.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`cases: ${caseFiles.length} (${areas}); passed ${passed}, of which ${throwing} throw as marked`);
const codes = [...codeCount.keys()].sort().join(' ');
console.log(`diagnostics: ${diagFiles.length} files, ${annotations} annotations, ${codeCount.size} codes: ${codes}`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = 1;
} else {
  console.log('all good');
}
