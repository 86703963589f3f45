// @throws: 失败: Winsock 目录损坏 😀 $env:PATH `n
// An Error whose message has Chinese, an emoji, a $ expression-like text and a backtick.
// Pitfall: the message must cross the PowerShell boundary unchanged (encoding, no expansion).
export function main(): string {
  const what = 'Winsock 目录损坏';
  throw new Error(`失败: ${what} 😀 $env:PATH \`n`);
}
