/**
 * The unit tree is stored as a materialized path of ancestor ids ("/1/7/42/"), so a whole subtree
 * is one index range scan: every descendant's path starts with the unit's path. Ids are written in
 * a fixed-width base-36 form so paths sort the same way in SQLite and in PostgreSQL's "C" collation.
 */
const WIDTH = 8;

export function encodeId(id: number): string {
  return id.toString(36).padStart(WIDTH, '0');
}

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${encodeId(id)}/`;
}

/** Ids of the unit and its ancestors, root first. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => parseInt(s, 36));
}

/** Half-open range [low, high) that contains exactly the paths of the subtree rooted at `path`. */
export function subtreeRange(path: string): { low: string; high: string } {
  // '/' is followed by '0' in byte order, so replacing the trailing '/' bounds every descendant.
  return { low: path, high: `${path.slice(0, -1)}0` };
}

export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

export function depthOf(path: string): number {
  return pathIds(path).length - 1;
}
