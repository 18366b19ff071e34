import { render, screen } from '@testing-library/react';
import { ProgressBar } from '../../../../src/components/ProgressBar';

function fillWidth(): string {
  const fill = screen.getByTestId('progress-bar').firstElementChild as HTMLElement;
  return fill.style.width;
}

describe('ProgressBar: fills the share done, never past its track', () => {
  test.each([
    { label: 'empty', value: 0, width: '0%' },
    { label: 'a third, to one decimal', value: 1 / 3, width: '33.3%' },
    { label: 'full', value: 1, width: '100%' },
    { label: 'over 1 is clamped', value: 1.7, width: '100%' },
    { label: 'below 0 is clamped', value: -0.2, width: '0%' },
    { label: 'NaN (0/0) is empty', value: Number.NaN, width: '0%' },
  ])('$label', ({ value, width }) => {
    render(<ProgressBar value={value} />);

    expect(fillWidth()).toBe(width);
  });
});
