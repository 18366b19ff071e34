import { fcodeScarcityFindings } from '../../../../cloudfunctions/domain/fcode/fcode-scarcity';

const config = {
  fcode: {
    batches: [
      { size: 30, to: 'holders' as const },
      { size: 50, to: 'waitlist' as const },
    ],
  },
} as Parameters<typeof fcodeScarcityFindings>[0];
const findingsOf = (text: string) =>
  fcodeScarcityFindings(config, [{ path: ['rules', 0], text }]).map((f) => f.message);

describe('F码 scarcity copy must agree with the configured batches', () => {
  test.each([
    { label: 'the first batch with its size', text: '第一批共 30 个F码，发布后数量固定' },
    { label: 'the second batch, in digits', text: '第2批 50 个，排队先到先得' },
    { label: 'the first batch as 首批', text: '首批 30 个' },
    { label: 'a count that is one batch’s size', text: '本批 50 个F码' },
    { label: '限量 backed by a batch', text: '限量F码，朋友传给朋友' },
    { label: 'no numbers at all', text: '每个码只能使用一次' },
  ])('agrees: $label', ({ text }) => {
    expect(findingsOf(text)).toEqual([]);
  });

  test.each([
    { label: 'a batch with another size', text: '第一批 300 个', says: '第 1 批共 30 个F码' },
    { label: 'a batch that is not configured', text: '第三批 100 个即将发布', says: '只有 2 批' },
    { label: 'a count no batch has', text: '限量 20 个F码', says: '30、50' },
    { label: 'what is left, fixed in copy', text: '仅剩 3 个，手慢无', says: '只能由页面实时显示' },
    { label: '最后 N 个', text: '最后 5 个名额', says: '写死了剩余数量' },
  ])('refused: $label', ({ text, says }) => {
    const found = findingsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(says);
  });

  test('each finding points at the copy it is about', () => {
    const found = fcodeScarcityFindings(config, [
      { path: ['title'], text: '第一批 30 个' },
      { path: ['landing', 'sections', 0, 'headline'], text: '第二批 60 个' },
    ]);
    expect(found.map((f) => f.path)).toEqual([['landing', 'sections', 0, 'headline']]);
  });
});
