/**
 * The PowerShell syntax tree the lowering produces and the printer turns into text. Visitors build
 * nodes only through the factories at the bottom; nothing outside printer.ts produces PowerShell text.
 */

export type Expr =
  | VarRef
  | NumberLit
  | StringLit
  | ExpandableString
  | BoolLit
  | NullLit
  | TypeLit
  | Binary
  | Unary
  | Assign
  | IncDec
  | Index
  | Member
  | StaticMember
  | InvokeMember
  | StaticInvoke
  | Command
  | FunctionCall
  | ScriptBlockExpr
  | HashLiteral
  | ArrayLiteral
  | ArraySubexpression
  | Cast
  | Paren
  | ParameterName;

export type Stmt =
  | ExprStmt
  | IfStmt
  | ForeachStmt
  | ForStmt
  | WhileStmt
  | DoWhileStmt
  | ReturnStmt
  | BreakStmt
  | ContinueStmt
  | ThrowStmt
  | FunctionDef
  | CmdletFunction
  | TryStmt
  | CommentStmt
  | BlankLine;

/** `$name`, `$script:name`. */
export interface VarRef { kind: 'Var'; name: string; scope?: 'script' | 'function' }
/** A number literal; `text` is already valid PowerShell (decimal). */
export interface NumberLit { kind: 'Number'; text: string }
export interface StringLit { kind: 'String'; value: string }
/** A double-quoted string; parts are literal text or embedded `$(...)` expressions. */
export interface ExpandableString { kind: 'ExpandableString'; parts: (string | Expr)[] }
export interface BoolLit { kind: 'Bool'; value: boolean }
export interface NullLit { kind: 'Null' }
/** A type literal `[Name]` used as a value (e.g. `-is [string]`). */
export interface TypeLit { kind: 'Type'; name: string }
export interface Binary { kind: 'Binary'; op: string; left: Expr; right: Expr }
export interface Unary { kind: 'Unary'; op: string; operand: Expr }
/** `target op value` as an expression (valid PowerShell: assignments are expressions in parens). */
export interface Assign { kind: 'Assign'; op: string; target: Expr; value: Expr }
export interface IncDec { kind: 'IncDec'; op: '++' | '--'; prefix: boolean; target: Expr }
export interface Index { kind: 'Index'; target: Expr; index: Expr }
export interface Member { kind: 'Member'; target: Expr; name: string }
export interface StaticMember { kind: 'StaticMember'; type: string; name: string }
export interface InvokeMember { kind: 'InvokeMember'; target: Expr; name: string; args: Expr[] }
export interface StaticInvoke { kind: 'StaticInvoke'; type: string; name: string; args: Expr[] }
/** A command (function) call with positional arguments; parenthesised when used as a value. */
export interface Command { kind: 'Command'; name: string; args: Expr[] }
/**
 * A call of a function the generated script defines (compiled core, runtime helper, host primitive)
 * through its bound delegate: `$script:__fn_name.Invoke(args)`, the arguments padded with `$null` to
 * the function's `arity` (its parameter count; an unpassed parameter is `$null` either way). Same
 * scope, arguments and output as `name args` (a new scope under the caller's; `return ,$x` keeps
 * arrays whole), at about a quarter of the cost: a command call runs command processing and the
 * parameter binder on every call (~18 us), the delegate does neither (~4 us). See `bindFunction`.
 */
export interface FunctionCall { kind: 'Call'; name: string; args: Expr[]; arity: number }
export interface ScriptBlockExpr { kind: 'ScriptBlock'; params: Param[]; body: Stmt[] }
/** `[pscustomobject]@{ k = v; ... }` (ordered by the parser) or a plain `@{}` with `typeName`. */
export interface HashLiteral { kind: 'Hash'; typeName?: string; entries: { key: string; value: Expr }[]; multiline?: boolean }
/** `a, b, c` (the comma operator: elements kept as they are, never unrolled). `,a` for one element. */
export interface ArrayLiteral { kind: 'ArrayLiteral'; elements: Expr[] }
/** `@(...)`: the statements' output collected into an array. */
export interface ArraySubexpression { kind: 'ArraySubexpression'; body: Stmt[] }
export interface Cast { kind: 'Cast'; type: string; expr: Expr }
export interface Paren { kind: 'Paren'; expr: Expr }
/** `-Name`: a named parameter or switch, only valid as a command argument. */
export interface ParameterName { kind: 'ParameterName'; name: string }

/** An expression statement; `discard` prints `$null = ...` so no value leaks into the output. */
export interface ExprStmt { kind: 'ExprStmt'; expr: Expr; discard: boolean }
export interface IfStmt { kind: 'If'; clauses: { cond: Expr; body: Stmt[] }[]; elseBody?: Stmt[] }
export interface ForeachStmt { kind: 'Foreach'; variable: VarRef; collection: Expr; body: Stmt[] }
export interface ForStmt { kind: 'For'; init?: Expr; cond?: Expr; update?: Expr; body: Stmt[] }
export interface WhileStmt { kind: 'While'; cond: Expr; body: Stmt[] }
export interface DoWhileStmt { kind: 'DoWhile'; cond: Expr; body: Stmt[] }
/** `return ,(value)`: the comma keeps arrays of 0 or 1 element from unrolling. */
export interface ReturnStmt { kind: 'Return'; value?: Expr }
export interface BreakStmt { kind: 'Break' }
export interface ContinueStmt { kind: 'Continue' }
export interface ThrowStmt { kind: 'Throw'; value: Expr }
export interface Param { name: string; defaultValue?: Expr }
/**
 * `function name { }`; with scope 'script', `function script:name { }`: defined in the script's (in a
 * module: the module's) scope even when the file is dot-sourced from inside a function, which is how
 * the module loads its core on first use.
 */
export interface FunctionDef { kind: 'Function'; name: string; params: Param[]; body: Stmt[]; comment?: string; scope?: 'script' }
/** One parameter of an advanced function. */
export interface CmdletParam {
  name: string;
  /** A .NET type name, e.g. 'string', 'switch', 'string[]'. */
  type: string;
  mandatory?: boolean;
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  aliases?: string[];
  validateSet?: string[];
  helpMessage?: string;
}

export interface CmdletHelp {
  synopsis: string;
  description: string;
  parameters: { name: string; description: string }[];
  examples: { code: string; remarks: string }[];
  outputs?: string;
  notes?: string;
}

/** An exported advanced function (a cmdlet written in PowerShell) with comment-based help. */
export interface CmdletFunction {
  kind: 'CmdletFunction';
  name: string;
  help: CmdletHelp;
  outputTypes: string[];
  supportsShouldProcess?: boolean;
  confirmImpact?: 'Low' | 'Medium' | 'High';
  params: CmdletParam[];
  begin?: Stmt[];
  process?: Stmt[];
  end: Stmt[];
}
/** `try { } catch { } finally { }`: core's try statements and the cmdlet wrappers; a missing part is not printed. */
export interface TryStmt { kind: 'Try'; body: Stmt[]; catchBody: Stmt[] | undefined; finallyBody?: Stmt[] }
export interface CommentStmt { kind: 'Comment'; text: string }
export interface BlankLine { kind: 'Blank' }

// ---- factories -------------------------------------------------------------------------------

export const ps = {
  var: (name: string, scope?: 'script' | 'function'): VarRef => ({ kind: 'Var', name, scope }),
  num: (text: string): NumberLit => ({ kind: 'Number', text }),
  str: (value: string): StringLit => ({ kind: 'String', value }),
  expandable: (parts: (string | Expr)[]): ExpandableString => ({ kind: 'ExpandableString', parts }),
  bool: (value: boolean): BoolLit => ({ kind: 'Bool', value }),
  null: (): NullLit => ({ kind: 'Null' }),
  type: (name: string): TypeLit => ({ kind: 'Type', name }),
  binary: (op: string, left: Expr, right: Expr): Binary => ({ kind: 'Binary', op, left, right }),
  unary: (op: string, operand: Expr): Unary => ({ kind: 'Unary', op, operand }),
  assign: (target: Expr, value: Expr, op = '='): Assign => ({ kind: 'Assign', op, target, value }),
  incDec: (op: '++' | '--', prefix: boolean, target: Expr): IncDec => ({ kind: 'IncDec', op, prefix, target }),
  index: (target: Expr, index: Expr): Index => ({ kind: 'Index', target, index }),
  member: (target: Expr, name: string): Member => ({ kind: 'Member', target, name }),
  staticMember: (type: string, name: string): StaticMember => ({ kind: 'StaticMember', type, name }),
  invoke: (target: Expr, name: string, args: Expr[]): InvokeMember => ({ kind: 'InvokeMember', target, name, args }),
  staticInvoke: (type: string, name: string, args: Expr[]): StaticInvoke => ({ kind: 'StaticInvoke', type, name, args }),
  command: (name: string, args: Expr[]): Command => ({ kind: 'Command', name, args }),
  call: (name: string, args: Expr[], arity: number): FunctionCall => ({ kind: 'Call', name, args, arity }),
  scriptBlock: (params: Param[], body: Stmt[]): ScriptBlockExpr => ({ kind: 'ScriptBlock', params, body }),
  hash: (entries: { key: string; value: Expr }[], typeName?: string, multiline?: boolean): HashLiteral => ({ kind: 'Hash', entries, typeName, multiline }),
  arrayLiteral: (elements: Expr[]): ArrayLiteral => ({ kind: 'ArrayLiteral', elements }),
  arraySub: (body: Stmt[]): ArraySubexpression => ({ kind: 'ArraySubexpression', body }),
  cast: (type: string, expr: Expr): Cast => ({ kind: 'Cast', type, expr }),
  paren: (expr: Expr): Paren => ({ kind: 'Paren', expr }),
  parameter: (name: string): ParameterName => ({ kind: 'ParameterName', name }),

  exprStmt: (expr: Expr, discard = false): ExprStmt => ({ kind: 'ExprStmt', expr, discard }),
  if: (clauses: { cond: Expr; body: Stmt[] }[], elseBody?: Stmt[]): IfStmt => ({ kind: 'If', clauses, elseBody }),
  foreach: (variable: VarRef, collection: Expr, body: Stmt[]): ForeachStmt => ({ kind: 'Foreach', variable, collection, body }),
  for: (init: Expr | undefined, cond: Expr | undefined, update: Expr | undefined, body: Stmt[]): ForStmt => ({ kind: 'For', init, cond, update, body }),
  while: (cond: Expr, body: Stmt[]): WhileStmt => ({ kind: 'While', cond, body }),
  doWhile: (cond: Expr, body: Stmt[]): DoWhileStmt => ({ kind: 'DoWhile', cond, body }),
  return: (value?: Expr): ReturnStmt => ({ kind: 'Return', value }),
  break: (): BreakStmt => ({ kind: 'Break' }),
  continue: (): ContinueStmt => ({ kind: 'Continue' }),
  throw: (value: Expr): ThrowStmt => ({ kind: 'Throw', value }),
  function: (name: string, params: Param[], body: Stmt[], comment?: string, scope?: 'script'): FunctionDef => ({ kind: 'Function', name, params, body, comment, scope }),
  cmdlet: (def: Omit<CmdletFunction, 'kind'>): CmdletFunction => ({ kind: 'CmdletFunction', ...def }),
  try: (body: Stmt[], catchBody: Stmt[] | undefined, finallyBody?: Stmt[]): TryStmt => ({ kind: 'Try', body, catchBody, finallyBody }),
  comment: (text: string): CommentStmt => ({ kind: 'Comment', text }),
  blank: (): BlankLine => ({ kind: 'Blank' }),
};

/**
 * `$script:__fn_name = [System.Func[object, ...]]$function:name`: binds a defined function of `arity`
 * parameters for `ps.call` (run after the definitions). A delegate, not the script block's
 * InvokeReturnAsIs: that one wraps every result in a PSObject, which then leaks into lists and
 * comparisons; the delegate returns the value itself.
 */
export function bindFunction(name: string, arity: number): ExprStmt {
  return ps.exprStmt(ps.assign(ps.var(boundFunctionVariable(name), 'script'), ps.cast(delegateType(arity), ps.var(name, 'function'))));
}

/** The script-scope variable holding a function's delegate for `ps.call` (`__` is the compiler's prefix). */
export function boundFunctionVariable(name: string): string {
  return `__fn_${name}`;
}

/** Func<object x arity, object>: .NET has them for up to 16 parameters. */
export function delegateType(arity: number): string {
  if (arity > 16) throw new Error(`internal: a function of ${arity} parameters cannot be bound (at most 16)`);
  return `System.Func[${Array.from({ length: arity + 1 }, () => 'object').join(',')}]`;
}

/** The generic list type every TypeScript array becomes. */
export const LIST_TYPE = 'System.Collections.Generic.List[object]';
/** The ordered, ordinal dictionary every TypeScript Map becomes. */
export const MAP_TYPE = 'System.Collections.Specialized.OrderedDictionary';
