const TOKEN = /^[0-9A-Za-z]{12}$/;

/**
 * The code (and share token) the page was opened with: a share card carries `code` and
 * `token`; a poster's mini-program code carries both in its `scene`, as `CODE.TOKEN`.
 */
export function launchCode(query: Record<string, string | undefined>): {
  code: string | null;
  token: string | null;
} {
  if (query.code) return { code: query.code, token: query.token ?? null };
  if (!query.scene) return { code: null, token: null };
  let scene: string;
  try {
    scene = decodeURIComponent(query.scene);
  } catch {
    return { code: null, token: null };
  }
  const [code, token] = scene.split('.');
  return { code: code || null, token: token && TOKEN.test(token) ? token : null };
}

/** `ABCDEFGHJ` → `ABC-DEF-GHJ`. */
export function formatCode(code: string): string {
  return code.replace(/(.{3})(?=.)/g, '$1-');
}
