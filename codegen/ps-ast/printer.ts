/**
 * THE printer: the only place that turns PowerShell syntax into text (quoting, escaping,
 * here-strings are avoided on purpose, indentation, parentheses). Output is valid on Windows
 * PowerShell 5.1 and pwsh 7: no ternary, `??`, `?.`, pipeline chains or `u{}` escapes.
 */
import type { Expr, Stmt, Param, FunctionDef, CmdletFunction } from './nodes.js';
import { boundFunctionVariable } from './nodes.js';

const INDENT = '    ';

/** Characters PowerShell also treats as single quotes inside '...' (must be doubled). */
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
/** Characters PowerShell also treats as double quotes inside "..." (must be escaped). */
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);

export function printStatements(stmts: Stmt[], depth = 0): string {
  const lines: string[] = [];
  for (const s of stmts) printStmt(s, depth, lines);
  return lines.join('\n');
}

export function printExpression(e: Expr): string {
  return expr(e);
}

// ---- statements --------------------------------------------------------------------------------

function printStmt(s: Stmt, depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  switch (s.kind) {
    case 'Blank':
      out.push('');
      return;
    case 'Comment':
      for (const line of s.text.split('\n')) out.push(`${pad}# ${line}`.trimEnd());
      return;
    case 'ExprStmt':
      out.push(pad + exprStatement(s.expr, s.discard));
      return;
    case 'Return':
      out.push(pad + (s.value ? `return ${expr(s.value)}` : 'return'));
      return;
    case 'Break':
      out.push(pad + 'break');
      return;
    case 'Continue':
      out.push(pad + 'continue');
      return;
    case 'Throw':
      out.push(`${pad}throw ${operand(s.value)}`);
      return;
    case 'If': {
      s.clauses.forEach((c, i) => {
        const head = i === 0 ? `${pad}if (${cond(c.cond)}) {` : `${pad}} elseif (${cond(c.cond)}) {`;
        out.push(head);
        block(c.body, depth + 1, out);
      });
      if (s.elseBody && s.elseBody.length > 0) {
        out.push(`${pad}} else {`);
        block(s.elseBody, depth + 1, out);
      }
      out.push(`${pad}}`);
      return;
    }
    case 'Foreach':
      out.push(`${pad}foreach (${expr(s.variable)} in ${operand(s.collection)}) {`);
      block(s.body, depth + 1, out);
      out.push(`${pad}}`);
      return;
    case 'For': {
      const init = s.init ? exprStatement(s.init, false) : '';
      const c = s.cond ? cond(s.cond) : '';
      const upd = s.update ? exprStatement(s.update, false) : '';
      out.push(`${pad}for (${init}; ${c}; ${upd}) {`);
      block(s.body, depth + 1, out);
      out.push(`${pad}}`);
      return;
    }
    case 'While':
      out.push(`${pad}while (${cond(s.cond)}) {`);
      block(s.body, depth + 1, out);
      out.push(`${pad}}`);
      return;
    case 'DoWhile':
      out.push(`${pad}do {`);
      block(s.body, depth + 1, out);
      out.push(`${pad}} while (${cond(s.cond)})`);
      return;
    case 'Function':
      printFunction(s, depth, out);
      return;
    case 'CmdletFunction':
      printCmdlet(s, depth, out);
      return;
    case 'Try':
      out.push(`${pad}try {`);
      block(s.body, depth + 1, out);
      if (s.catchBody !== undefined) {
        out.push(`${pad}} catch {`);
        block(s.catchBody, depth + 1, out);
      }
      if (s.finallyBody !== undefined) {
        out.push(`${pad}} finally {`);
        block(s.finallyBody, depth + 1, out);
      }
      out.push(`${pad}}`);
      return;
  }
}

/** An advanced function: comment-based help, [CmdletBinding()], typed parameters, begin/process/end. */
function printCmdlet(f: CmdletFunction, depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  const inner = pad + INDENT;
  out.push(`${pad}function ${f.name} {`);
  out.push(`${inner}<#`);
  const helpLines: string[] = [];
  const section = (name: string, text: string) => {
    helpLines.push(`.${name}`);
    for (const line of text.split('\n')) helpLines.push(line.length > 0 ? `${INDENT}${line}` : '');
    helpLines.push('');
  };
  section('SYNOPSIS', f.help.synopsis);
  section('DESCRIPTION', f.help.description);
  for (const p of f.help.parameters) section(`PARAMETER ${p.name}`, p.description);
  for (const e of f.help.examples) section('EXAMPLE', `${e.code}\n\n${e.remarks}`);
  if (f.help.outputs) section('OUTPUTS', f.help.outputs);
  if (f.help.notes) section('NOTES', f.help.notes);
  while (helpLines[helpLines.length - 1] === '') helpLines.pop();
  // '#>' inside help text would end the comment early.
  for (const line of helpLines) out.push(line.length > 0 ? `${inner}${line.replace(/#>/g, '# >')}` : '');
  out.push(`${inner}#>`);
  const binding: string[] = [];
  if (f.supportsShouldProcess) binding.push('SupportsShouldProcess = $true');
  if (f.confirmImpact) binding.push(`ConfirmImpact = ${quote(f.confirmImpact)}`);
  out.push(`${inner}[CmdletBinding(${binding.join(', ')})]`);
  if (f.outputTypes.length > 0) out.push(`${inner}[OutputType(${f.outputTypes.map(quote).join(', ')})]`);
  if (f.params.length === 0) {
    out.push(`${inner}param()`);
  } else {
    out.push(`${inner}param(`);
    f.params.forEach((p, i) => {
      const pp = inner + INDENT;
      const attrs: string[] = [];
      if (p.mandatory) attrs.push('Mandatory = $true');
      if (p.position !== undefined) attrs.push(`Position = ${p.position}`);
      if (p.valueFromPipeline) attrs.push('ValueFromPipeline = $true');
      if (p.valueFromPipelineByPropertyName) attrs.push('ValueFromPipelineByPropertyName = $true');
      if (p.helpMessage) attrs.push(`HelpMessage = ${quote(p.helpMessage)}`);
      out.push(`${pp}[Parameter(${attrs.join(', ')})]`);
      if (p.aliases && p.aliases.length > 0) out.push(`${pp}[Alias(${p.aliases.map(quote).join(', ')})]`);
      if (p.validateSet && p.validateSet.length > 0) out.push(`${pp}[ValidateSet(${p.validateSet.map(quote).join(', ')})]`);
      out.push(`${pp}[${p.type}]`);
      out.push(`${pp}${variable(p.name)}${i < f.params.length - 1 ? ',' : ''}`);
      if (i < f.params.length - 1) out.push('');
    });
    out.push(`${inner})`);
  }
  const named: [string, Stmt[] | undefined][] = [['begin', f.begin], ['process', f.process], ['end', f.end]];
  if (!f.begin && !f.process) {
    block(f.end, depth + 1, out);
  } else {
    for (const [name, body] of named) {
      if (!body || (name === 'end' && body.length === 0)) continue;
      out.push(`${inner}${name} {`);
      block(body, depth + 2, out);
      out.push(`${inner}}`);
    }
  }
  out.push(`${pad}}`);
}

function printFunction(f: FunctionDef, depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  if (f.comment) for (const line of f.comment.split('\n')) out.push(`${pad}# ${line}`.trimEnd());
  out.push(`${pad}function ${f.scope === undefined ? '' : `${f.scope}:`}${f.name} {`);
  if (f.params.length > 0) out.push(`${pad}${INDENT}param(${params(f.params)})`);
  block(f.body, depth + 1, out);
  out.push(`${pad}}`);
}

function block(stmts: Stmt[], depth: number, out: string[]): void {
  for (const s of stmts) printStmt(s, depth, out);
}

function params(ps: Param[]): string {
  return ps.map((p) => (p.defaultValue ? `${variable(p.name)} = ${operand(p.defaultValue)}` : variable(p.name))).join(', ');
}

/** An expression used as a statement: assignments print bare; anything else is discarded or printed. */
function exprStatement(e: Expr, discard: boolean): string {
  if (e.kind === 'Assign') return `${expr(e.target)} ${e.op} ${assignedValue(e.value)}`;
  if (e.kind === 'IncDec') return expr(e);
  if (discard) return `$null = ${assignedValue(e)}`;
  return e.kind === 'Command' ? command(e.name, e.args) : expr(e);
}

/** The right side of an assignment: a command needs no parentheses there. */
function assignedValue(e: Expr): string {
  return e.kind === 'Command' ? command(e.name, e.args) : expr(e);
}

function cond(e: Expr): string {
  return e.kind === 'Command' ? `(${command(e.name, e.args)})` : expr(e);
}

// ---- expressions -------------------------------------------------------------------------------

function isPrimary(e: Expr): boolean {
  switch (e.kind) {
    case 'Var':
    case 'String':
    case 'ExpandableString':
    case 'Bool':
    case 'Null':
    case 'Type':
    case 'Index':
    case 'Member':
    case 'StaticMember':
    case 'InvokeMember':
    case 'StaticInvoke':
    case 'Paren':
    case 'ArraySubexpression':
    case 'Hash':
    case 'ScriptBlock':
    case 'Command': // expr() already wraps a command used as a value in parentheses
    case 'Call':
      return true;
    case 'Number':
      return !e.text.startsWith('-');
    default:
      return false;
  }
}

/** An expression in a position that needs a primary: parenthesised unless it already is one. */
function operand(e: Expr): string {
  return isPrimary(e) ? expr(e) : `(${expr(e)})`;
}

function expr(e: Expr): string {
  switch (e.kind) {
    case 'Var':
      return variable(e.name, e.scope);
    case 'Number':
      return e.text;
    case 'String':
      return quote(e.value);
    case 'ExpandableString':
      return expandable(e.parts);
    case 'Bool':
      return e.value ? '$true' : '$false';
    case 'Null':
      return '$null';
    case 'Type':
      return `[${e.name}]`;
    case 'Binary':
      return `${operand(e.left)} ${e.op} ${operand(e.right)}`;
    case 'Unary':
      return e.op.startsWith('-') && e.op.length > 1 ? `${e.op} ${operand(e.operand)}` : `${e.op}${operand(e.operand)}`;
    case 'Assign':
      return `${expr(e.target)} ${e.op} ${assignedValue(e.value)}`;
    case 'IncDec':
      return e.prefix ? `${e.op}${operand(e.target)}` : `${operand(e.target)}${e.op}`;
    case 'Index':
      return `${operand(e.target)}[${expr(e.index)}]`;
    case 'Member':
      return `${operand(e.target)}.${memberName(e.name)}`;
    case 'StaticMember':
      return `[${e.type}]::${e.name}`;
    case 'InvokeMember':
      return `${operand(e.target)}.${memberName(e.name)}(${e.args.map(argument).join(', ')})`;
    case 'StaticInvoke':
      return `[${e.type}]::${e.name}(${e.args.map(argument).join(', ')})`;
    case 'Command':
      return `(${command(e.name, e.args)})`;
    case 'Call':
      return functionCall(e.name, e.args, e.arity);
    case 'ScriptBlock':
      return scriptBlock(e.params, e.body);
    case 'Hash':
      return hash(e.entries, e.typeName, e.multiline);
    case 'ArrayLiteral':
      if (e.elements.length === 0) return '@()';
      if (e.elements.length === 1) return `,${operand(e.elements[0])}`;
      return e.elements.map(operand).join(', ');
    case 'ArraySubexpression':
      return `@(${e.body.map((s) => printStatements([s]).trim()).join('; ')})`;
    case 'Cast':
      return `[${e.type}]${operand(e.expr)}`;
    case 'Paren':
      return `(${e.expr.kind === 'Command' ? command(e.expr.name, e.expr.args) : expr(e.expr)})`;
    case 'ParameterName':
      return `-${e.name}`;
  }
}

/** A .NET method argument: commas separate arguments, so comma lists must be parenthesised. */
function argument(e: Expr): string {
  return e.kind === 'ArrayLiteral' || e.kind === 'Command' ? `(${e.kind === 'Command' ? command(e.name, e.args) : expr(e)})` : expr(e);
}

/** `$script:__fn_name.Invoke(args)`, padded with `$null` to the bound delegate's arity. */
function functionCall(name: string, args: Expr[], arity: number): string {
  if (args.length > arity) throw new Error(`internal: ${args.length} arguments for ${name}, which takes ${arity}`);
  const padded = [...args, ...Array.from({ length: arity - args.length }, (): Expr => ({ kind: 'Null' }))];
  return `${variable(boundFunctionVariable(name), 'script')}.Invoke(${padded.map(argument).join(', ')})`;
}

function command(name: string, args: Expr[]): string {
  return [name, ...args.map(commandArgument)].join(' ');
}

/** A command argument: bare only where PowerShell's argument mode parses it as the same value. */
function commandArgument(e: Expr): string {
  switch (e.kind) {
    case 'Var':
    case 'String':
    case 'Bool':
    case 'Null':
    case 'ParameterName':
      return expr(e);
    case 'Number':
      return e.text.startsWith('-') ? `(${e.text})` : e.text;
    default:
      return `(${e.kind === 'Command' ? command(e.name, e.args) : expr(e)})`;
  }
}

function scriptBlock(ps: Param[], body: Stmt[]): string {
  const inner: string[] = [];
  if (ps.length > 0) inner.push(`param(${params(ps)})`);
  for (const s of body) printStmt(s, 0, inner);
  if (inner.length === 1 && !inner[0].includes('\n')) return `{ ${inner[0]} }`;
  return `{\n${inner.map((l) => (l ? INDENT + l : l)).join('\n')}\n}`;
}

function hash(entries: { key: string; value: Expr }[], typeName?: string, multiline = false): string {
  const prefix = typeName ? `[${typeName}]` : '';
  if (entries.length === 0) return `${prefix}@{}`;
  const parts = entries.map((en) => `${hashKey(en.key)} = ${assignedValue(en.value)}`);
  if (multiline) return `${prefix}@{\n${parts.map((p) => INDENT + p.replace(/\n/g, '\n' + INDENT)).join('\n')}\n}`;
  return `${prefix}@{ ${parts.join('; ')} }`;
}

function hashKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : quote(k);
}

function memberName(n: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : quote(n);
}

export function variable(name: string, scope?: 'script' | 'function'): string {
  const full = scope ? `${scope}:${name}` : name;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `$${full}` : `\${${full.replace(/([`{}])/g, '`$1')}}`;
}

// ---- string literals ---------------------------------------------------------------------------

/** True when a character cannot appear literally in a generated file (controls, lone surrogates). */
function needsCharEscape(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20 || c === 0x7f) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = s.charCodeAt(i + 1);
    return !(n >= 0xdc00 && n <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = s.charCodeAt(i - 1);
    return !(p >= 0xd800 && p <= 0xdbff);
  }
  return false;
}

/** A string literal: single-quoted when it can be, else an expandable string with escapes. */
export function quote(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) if (needsCharEscape(s, i)) plain = false;
  if (plain) {
    let out = "'";
    for (const ch of s) out += SINGLE_QUOTES.has(ch) ? ch + ch : ch;
    return out + "'";
  }
  return expandable([s]);
}

const NAMED_ESCAPES: Record<string, string> = { '\0': '`0', '\n': '`n', '\r': '`r', '\t': '`t' };

function expandable(parts: (string | Expr)[]): string {
  let out = '"';
  for (const p of parts) {
    if (typeof p !== 'string') {
      out += `$(${p.kind === 'Command' ? command(p.name, p.args) : expr(p)})`;
      continue;
    }
    for (let i = 0; i < p.length; i++) {
      const ch = p[i];
      if (needsCharEscape(p, i)) {
        out += NAMED_ESCAPES[ch] ?? `$([char]0x${p.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')})`;
      } else if (ch === '`' || ch === '$' || DOUBLE_QUOTES.has(ch)) {
        out += '`' + ch;
      } else {
        out += ch;
      }
    }
  }
  return out + '"';
}
