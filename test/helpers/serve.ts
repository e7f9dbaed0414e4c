// A small static server for a built site, mounted under its base path like GitHub Pages serves it:
// directories answer with their index.html, a directory without its slash is redirected, anything
// else missing gets dist/404.html with status 404. Listens on 127.0.0.1 on a random port.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { contentTypeOf, contentTypes } from '../../src/lib/content-types.ts';

/** A running static server: `origin` is e.g. http://127.0.0.1:41234, `url(path)` adds origin + base. */
export interface StaticServer {
  origin: string;
  base: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Resolves a request path under base to a file in dist, or null when it is outside base or dist. */
function resolveFile(dist: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  const file = normalize(join(dist, rest));
  return file === normalize(dist) || file.startsWith(normalize(dist) + sep) ? file : null;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Serves dist under base (e.g. '/baogao/') on 127.0.0.1 and a random free port. */
export async function serveDist(dist: string, base = '/'): Promise<StaticServer> {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveFile(dist, mount, pathname);
    if (pathname === mount.slice(0, -1) || (file && (await isDir(file)))) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file ?? dist, 'index.html');
    }
    if (file && (await isFile(file))) {
      res.writeHead(200, { 'Content-Type': contentTypeOf(file) });
      res.end(req.method === 'HEAD' ? undefined : await readFile(file));
      return;
    }
    const notFound = join(dist, '404.html');
    res.writeHead(404, { 'Content-Type': contentTypes['.html'] });
    res.end(req.method !== 'HEAD' && (await isFile(notFound)) ? await readFile(notFound) : 'not found');
  });
  // An idle keep-alive connection is closed by the server after keepAliveTimeout (5 s by default); a
  // client reusing it at that moment gets ECONNRESET, which a loaded machine's late timers make likely
  // (seen once in test/search.test.ts). close() ends every connection anyway.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server did not get a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    base: mount,
    url: (path) => `${origin}${mount}${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
