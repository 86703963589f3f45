// Operator precedence and associativity: * before +, left-assoc -, /, %, parentheses, unary minus.
// Pitfall: the printer must parenthesize lowered expressions exactly like the TS tree.
export function main(): number[] {
  const a = 10;
  const b = 3;
  const c = 2;
  return [
    a - b - c, a - (b - c), a / b / c, a / (b / c), a % b * c, a % (b * c), a + b * c, (a + b) * c, -a * b, -(a * b),
    a - -b, a + +b, a * b % 7, 2 * 3 + 4 * 5, 100 / 10 / 5, 1 - 2 + 3 - 4, a << 1 + 1, (a << 1) + 1, a & b | c, a | b & c,
    a ^ b & c, a > b === c < b ? 1 : 0, a + b > c * 5 ? 100 : 200,
  ];
}
