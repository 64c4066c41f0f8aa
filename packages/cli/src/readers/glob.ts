const GLOB_CHARS = /[*?[]/;

/** Whether a command-line path is a glob pattern (has `*`, `?` or `[`). */
export function isGlob(path: string): boolean {
  return GLOB_CHARS.test(path);
}

/**
 * Splits a glob into the directory to walk (its leading segments without wildcards) and the pattern
 * relative to it.
 * @example splitGlob('corpus/**\/*.txt') // { base: 'corpus', pattern: '**\/*.txt' }
 */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const segments = glob.replaceAll('\\', '/').split('/');
  const firstWild = segments.findIndex((segment) => isGlob(segment));
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, pattern: segments.slice(firstWild).join('/') };
}

/**
 * Compiles a `/`-separated glob into a RegExp over relative paths: `*` and `?` stay inside one path
 * segment, `**` crosses segments (`**\/` also matches no directory), `[abc]` is a character class.
 * @example compileGlob('**\/*.txt').test('2019/a.txt') // true
 */
export function compileGlob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        const body = pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replaceAll('\\', '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else {
      source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * Compiles a `/`-separated glob into a test of folders (relative paths): whether a file inside the
 * folder could match, so that a walk need not enter (or report) folders the glob can never match in.
 * It errs on the side of yes: any `**` before the folder's depth lets every folder through.
 * @example compileGlobFolders('2019/*.txt')('2020') // false
 * @example compileGlobFolders('**\/*.txt')('2020/hanoi') // true
 */
export function compileGlobFolders(pattern: string): (relativeDir: string) => boolean {
  const segments = pattern.split('/');
  const matchers = segments.map((segment) => (segment.includes('**') ? undefined : compileGlob(segment)));
  return (relativeDir) => {
    const parts = relativeDir.split('/');
    for (const [i, part] of parts.entries()) {
      if (i < segments.length && !matchers[i]) return true; // `**` from here on matches any depth
      if (i >= segments.length - 1) return false; // the pattern's last segment names files, not folders
      if (!matchers[i]?.test(part)) return false;
    }
    return true;
  };
}
