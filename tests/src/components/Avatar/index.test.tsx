import { render } from '@testing-library/react';
import { Avatar } from '../../../../src/components/Avatar';

describe('Avatar: a photo, or the first character of the name', () => {
  test('with an avatar URL it shows the image', () => {
    const { container } = render(<Avatar name="王*" avatarUrl="https://img.example/a.png" />);

    expect(container.querySelector('img')).toHaveAttribute('src', 'https://img.example/a.png');
  });

  test.each([
    { label: 'a masked name', name: '王**', initial: '王' },
    { label: 'an emoji is never cut in half', name: '😀*', initial: '😀' },
    { label: 'an empty name still shows something', name: ' ', initial: '?' },
  ])('$label', ({ name, initial }) => {
    const { container } = render(<Avatar name={name} avatarUrl={null} />);

    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent(initial);
  });

  test('the viewer themself is highlighted', () => {
    const { container } = render(<Avatar name="我" avatarUrl={null} isMe />);

    expect(container.firstElementChild).toHaveClass('avatar--me');
  });
});
