/** 'Windows' when running on Windows, else 'Unix'. */
export function platform(): string {
  return process.platform === 'win32' ? 'Windows' : 'Unix';
}
