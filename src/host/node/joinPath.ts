/** `folder` and `name` joined with the platform's separator (no separator added after one already there). */
export function joinPath(folder: string, name: string): string {
  const sep = process.platform === 'win32' ? '\\' : '/';
  if (folder.length === 0) return name;
  return folder.endsWith('/') || folder.endsWith('\\') ? folder + name : folder + sep + name;
}
