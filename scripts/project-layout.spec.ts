import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const LIBS = join(ROOT, 'libs');

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, accept);
    return accept(entry.name) ? [path] : [];
  });
}

describe('project layout', () => {
  it('nest-cli.json lists every lib in libs/', () => {
    const projects = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')).projects as Record<
      string,
      { type: string; root: string }
    >;
    const listed = Object.values(projects)
      .filter((project) => project.type === 'library')
      .map((project) => project.root)
      .sort();
    const libs = readdirSync(LIBS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `libs/${entry.name}`)
      .sort();
    expect(listed).toEqual(libs);
  });

  it("lib specs do not import from test/ (a lib's fixtures live in its own src/testing)", () => {
    const reachingOut = filesUnder(LIBS, (name) => name.endsWith('.spec.ts')).filter((file) =>
      /from '(\.\.\/)+test\//.test(readFileSync(file, 'utf8')),
    );
    expect(reachingOut.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
