import { renderSection } from '../../../scripts/bench/lib/render-table';

describe('renderSection', () => {
  test('aligns the first column left and the others right, notes below', () => {
    const text = renderSection({
      title: 'T',
      columns: ['store', 'ops/s'],
      rows: [
        ['pglite', '812'],
        ['pg', '1,540'],
      ],
      notes: ['a note'],
    });
    expect(text.split('\n')).toEqual([
      'T',
      'store   ops/s',
      '──────  ─────',
      'pglite    812',
      'pg      1,540',
      '  a note',
    ]);
  });

  test('counts CJK characters as two columns wide', () => {
    const text = renderSection({
      title: 'T',
      columns: ['x', 'y'],
      rows: [
        ['砍价', '1'],
        ['ab', '22'],
      ],
      notes: [],
    });
    expect(text.split('\n').slice(3)).toEqual(['砍价   1', 'ab    22']);
  });
});
