/**
 * The typed dispatch tables: one visitor per TypeScript syntax kind. A kind that is not listed here
 * is outside the subset and gets PSC1001 at its position (validation reports most of them with a
 * more specific code first). Adding a construct = one visitor file + one line here.
 */
import { ts } from 'ts-morph';
import type { Expr, Stmt } from '../ps-ast/nodes.js';
import type { LoweringContext } from './context.js';
import { visitNumericLiteral } from './visitors/numeric-literal.js';
import { visitStringLiteral } from './visitors/string-literal.js';
import { visitTemplateExpression } from './visitors/template-expression.js';
import { visitTrue, visitFalse, visitNull } from './visitors/keyword-literals.js';
import { visitIdentifier } from './visitors/identifier.js';
import { visitBinaryExpression } from './visitors/binary-expression.js';
import { visitPrefixUnary } from './visitors/prefix-unary.js';
import { visitPostfixUnary } from './visitors/postfix-unary.js';
import { visitConditional } from './visitors/conditional-expression.js';
import { visitPropertyAccess } from './visitors/property-access.js';
import { visitElementAccess } from './visitors/element-access.js';
import { visitCall } from './visitors/call-expression.js';
import { visitNew } from './visitors/new-expression.js';
import { visitArrayLiteral } from './visitors/array-literal.js';
import { visitObjectLiteral } from './visitors/object-literal.js';
import { visitParenthesized, visitErasedWrapper } from './visitors/erased-expressions.js';
import { visitArrowOutsideCallback } from './visitors/arrow-function.js';
import { visitVariableStatement } from './visitors/variable-statement.js';
import { visitExpressionStatement } from './visitors/expression-statement.js';
import { visitIf } from './visitors/if-statement.js';
import { visitFor } from './visitors/for-statement.js';
import { visitForOf } from './visitors/for-of-statement.js';
import { visitWhile, visitDo } from './visitors/while-statement.js';
import { visitSwitch } from './visitors/switch-statement.js';
import { visitReturn } from './visitors/return-statement.js';
import { visitBreak, visitContinue } from './visitors/break-continue.js';
import { visitThrow } from './visitors/throw-statement.js';
import { visitTry } from './visitors/try-statement.js';
import { visitBlock } from './visitors/block.js';
import { visitNestedFunction } from './visitors/function-declaration.js';
import { visitErasedStatement } from './visitors/erased-statements.js';

/** Expression node types by kind: the table below is checked against it. */
interface ExpressionNodes {
  [ts.SyntaxKind.NumericLiteral]: ts.NumericLiteral;
  [ts.SyntaxKind.StringLiteral]: ts.StringLiteral;
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: ts.NoSubstitutionTemplateLiteral;
  [ts.SyntaxKind.TemplateExpression]: ts.TemplateExpression;
  [ts.SyntaxKind.TrueKeyword]: ts.TrueLiteral;
  [ts.SyntaxKind.FalseKeyword]: ts.FalseLiteral;
  [ts.SyntaxKind.NullKeyword]: ts.NullLiteral;
  [ts.SyntaxKind.Identifier]: ts.Identifier;
  [ts.SyntaxKind.BinaryExpression]: ts.BinaryExpression;
  [ts.SyntaxKind.PrefixUnaryExpression]: ts.PrefixUnaryExpression;
  [ts.SyntaxKind.PostfixUnaryExpression]: ts.PostfixUnaryExpression;
  [ts.SyntaxKind.ConditionalExpression]: ts.ConditionalExpression;
  [ts.SyntaxKind.PropertyAccessExpression]: ts.PropertyAccessExpression;
  [ts.SyntaxKind.ElementAccessExpression]: ts.ElementAccessExpression;
  [ts.SyntaxKind.CallExpression]: ts.CallExpression;
  [ts.SyntaxKind.NewExpression]: ts.NewExpression;
  [ts.SyntaxKind.ArrayLiteralExpression]: ts.ArrayLiteralExpression;
  [ts.SyntaxKind.ObjectLiteralExpression]: ts.ObjectLiteralExpression;
  [ts.SyntaxKind.ParenthesizedExpression]: ts.ParenthesizedExpression;
  [ts.SyntaxKind.AsExpression]: ts.AsExpression;
  [ts.SyntaxKind.NonNullExpression]: ts.NonNullExpression;
  [ts.SyntaxKind.SatisfiesExpression]: ts.SatisfiesExpression;
  [ts.SyntaxKind.TypeAssertionExpression]: ts.TypeAssertion;
  [ts.SyntaxKind.ArrowFunction]: ts.ArrowFunction;
  [ts.SyntaxKind.FunctionExpression]: ts.FunctionExpression;
}

interface StatementNodes {
  [ts.SyntaxKind.VariableStatement]: ts.VariableStatement;
  [ts.SyntaxKind.ExpressionStatement]: ts.ExpressionStatement;
  [ts.SyntaxKind.IfStatement]: ts.IfStatement;
  [ts.SyntaxKind.ForStatement]: ts.ForStatement;
  [ts.SyntaxKind.ForOfStatement]: ts.ForOfStatement;
  [ts.SyntaxKind.WhileStatement]: ts.WhileStatement;
  [ts.SyntaxKind.DoStatement]: ts.DoStatement;
  [ts.SyntaxKind.SwitchStatement]: ts.SwitchStatement;
  [ts.SyntaxKind.ReturnStatement]: ts.ReturnStatement;
  [ts.SyntaxKind.BreakStatement]: ts.BreakStatement;
  [ts.SyntaxKind.ContinueStatement]: ts.ContinueStatement;
  [ts.SyntaxKind.ThrowStatement]: ts.ThrowStatement;
  [ts.SyntaxKind.TryStatement]: ts.TryStatement;
  [ts.SyntaxKind.Block]: ts.Block;
  [ts.SyntaxKind.FunctionDeclaration]: ts.FunctionDeclaration;
  [ts.SyntaxKind.InterfaceDeclaration]: ts.InterfaceDeclaration;
  [ts.SyntaxKind.TypeAliasDeclaration]: ts.TypeAliasDeclaration;
  [ts.SyntaxKind.ImportDeclaration]: ts.ImportDeclaration;
  [ts.SyntaxKind.ExportDeclaration]: ts.ExportDeclaration;
  [ts.SyntaxKind.EmptyStatement]: ts.EmptyStatement;
}

type ExpressionVisitors = { [K in keyof ExpressionNodes]: (node: ExpressionNodes[K], ctx: LoweringContext) => Expr };
type StatementVisitors = { [K in keyof StatementNodes]: (node: StatementNodes[K], ctx: LoweringContext) => Stmt[] };

export const expressionVisitors: ExpressionVisitors = {
  [ts.SyntaxKind.NumericLiteral]: visitNumericLiteral,
  [ts.SyntaxKind.StringLiteral]: visitStringLiteral,
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: visitStringLiteral,
  [ts.SyntaxKind.TemplateExpression]: visitTemplateExpression,
  [ts.SyntaxKind.TrueKeyword]: visitTrue,
  [ts.SyntaxKind.FalseKeyword]: visitFalse,
  [ts.SyntaxKind.NullKeyword]: visitNull,
  [ts.SyntaxKind.Identifier]: visitIdentifier,
  [ts.SyntaxKind.BinaryExpression]: visitBinaryExpression,
  [ts.SyntaxKind.PrefixUnaryExpression]: visitPrefixUnary,
  [ts.SyntaxKind.PostfixUnaryExpression]: visitPostfixUnary,
  [ts.SyntaxKind.ConditionalExpression]: visitConditional,
  [ts.SyntaxKind.PropertyAccessExpression]: visitPropertyAccess,
  [ts.SyntaxKind.ElementAccessExpression]: visitElementAccess,
  [ts.SyntaxKind.CallExpression]: visitCall,
  [ts.SyntaxKind.NewExpression]: visitNew,
  [ts.SyntaxKind.ArrayLiteralExpression]: visitArrayLiteral,
  [ts.SyntaxKind.ObjectLiteralExpression]: visitObjectLiteral,
  [ts.SyntaxKind.ParenthesizedExpression]: visitParenthesized,
  [ts.SyntaxKind.AsExpression]: visitErasedWrapper,
  [ts.SyntaxKind.NonNullExpression]: visitErasedWrapper,
  [ts.SyntaxKind.SatisfiesExpression]: visitErasedWrapper,
  [ts.SyntaxKind.TypeAssertionExpression]: visitErasedWrapper,
  [ts.SyntaxKind.ArrowFunction]: visitArrowOutsideCallback,
  [ts.SyntaxKind.FunctionExpression]: visitArrowOutsideCallback,
};

export const statementVisitors: StatementVisitors = {
  [ts.SyntaxKind.VariableStatement]: visitVariableStatement,
  [ts.SyntaxKind.ExpressionStatement]: visitExpressionStatement,
  [ts.SyntaxKind.IfStatement]: visitIf,
  [ts.SyntaxKind.ForStatement]: visitFor,
  [ts.SyntaxKind.ForOfStatement]: visitForOf,
  [ts.SyntaxKind.WhileStatement]: visitWhile,
  [ts.SyntaxKind.DoStatement]: visitDo,
  [ts.SyntaxKind.SwitchStatement]: visitSwitch,
  [ts.SyntaxKind.ReturnStatement]: visitReturn,
  [ts.SyntaxKind.BreakStatement]: visitBreak,
  [ts.SyntaxKind.ContinueStatement]: visitContinue,
  [ts.SyntaxKind.ThrowStatement]: visitThrow,
  [ts.SyntaxKind.TryStatement]: visitTry,
  [ts.SyntaxKind.Block]: visitBlock,
  [ts.SyntaxKind.FunctionDeclaration]: visitNestedFunction,
  [ts.SyntaxKind.InterfaceDeclaration]: visitErasedStatement,
  [ts.SyntaxKind.TypeAliasDeclaration]: visitErasedStatement,
  [ts.SyntaxKind.ImportDeclaration]: visitErasedStatement,
  [ts.SyntaxKind.ExportDeclaration]: visitErasedStatement,
  [ts.SyntaxKind.EmptyStatement]: visitErasedStatement,
};
