// Template strings containing $, backtick, quotes, ${ text, PowerShell-looking $var / $(...) text.
// Pitfall: "..." in PowerShell expands $name and $(...) and treats ` as escape; the output must be literal.
export function main(): string[] {
  const price = 5;
  const name = 'env:PATH';
  return [
    `cost: $${price}`,
    `dollar at end $`,
    `$name stays literal, ${name} is inserted`,
    `$(Get-Date) and $env:HOME`,
    `back\`tick and \`n`,
    `single ' and double " quotes`,
    `literal \${not} interpolated`,
    `@{ a = 1 } and @(1,2)`,
    `$$ and $_ and $true`,
    `${'$'}${'{'}x}`,
    `tab\tnewline\n`,
    `# not a comment <# nor this #>`,
  ];
}
