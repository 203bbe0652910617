const CODES: Record<string, string> = {
  ENOENT: 'no such file or folder (or a broken symlink)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symlink loop',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'path too long',
};

/** A one-line, stack-free reason for a failed file operation: "cannot open: permission denied". */
export function errorReason(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code) return `${what}: ${CODES[code] ?? code}`;
  const msg = e instanceof Error ? e.message : String(e);
  return `${what}: ${msg.split('\n')[0]}`;
}
