/** An environment variable, or undefined when it is not set (name matching as the OS does it). */
export function getEnv(name: string): string | undefined {
  if (name.length === 0) return undefined;
  return process.env[name];
}
