/**
 * The client compiles against the server's contracts: a wrong event is a type error, not a
 * refusal at run time. Each fixture is compiled with the project's own compiler options; the
 * right one must compile, each wrong one must fail on the line that is wrong.
 */
import path from 'node:path';
import ts from 'typescript';

const here = __dirname;
const root = path.resolve(here, '../../../..');

function diagnosticsOf(): Map<string, string[]> {
  const configPath = path.join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const files = [
    'right',
    'wrong-field',
    'wrong-action',
    'wrong-function',
    'wrong-output',
    'missing-action',
  ].map((name) => path.join(here, `${name}.fixture.ts`));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const byFile = new Map<string, string[]>(files.map((file) => [path.basename(file), []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? path.basename(diagnostic.file.fileName) : '(global)';
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    byFile.set(file, [...(byFile.get(file) ?? []), text]);
  }
  return byFile;
}

describe('both ends are typed by the contract: call(function, action, input) and defineFunction', () => {
  let diagnostics: Map<string, string[]>;
  beforeAll(() => {
    diagnostics = diagnosticsOf();
  }, 120_000);

  test('a right call compiles', () => {
    expect(diagnostics.get('right.fixture.ts')).toEqual([]);
    expect(diagnostics.get('(global)') ?? []).toEqual([]);
  });

  test.each([
    ['wrong-field.fixture.ts', /bargainid/],
    ['wrong-action.fixture.ts', /"cut"/],
    ['wrong-function.fixture.ts', /"bargains"/],
    ['wrong-output.fixture.ts', /cutFen/],
    ['missing-action.fixture.ts', /mine/],
  ])('%s fails to compile, naming what is wrong', (file, mention) => {
    const found = diagnostics.get(file) ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(mention);
  });
});
