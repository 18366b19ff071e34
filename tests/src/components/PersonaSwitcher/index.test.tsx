import { fireEvent, render, screen } from '@testing-library/react';
import { PersonaSwitcher } from '../../../../src/components/PersonaSwitcher';
import { getPersona } from '../../../../src/services/persona';

describe('PersonaSwitcher: one browser plays several friends (H5 only)', () => {
  test('shows the current persona, u1 by default', () => {
    render(<PersonaSwitcher />);

    expect(screen.getByTestId('persona-chip')).toHaveTextContent('当前身份：u1');
    expect(screen.queryByTestId('persona-menu')).not.toBeInTheDocument();
  });

  test('picking a persona stores it, shows it and tells the page', () => {
    const onChange = jest.fn();
    render(<PersonaSwitcher onChange={onChange} />);

    fireEvent.click(screen.getByTestId('persona-chip'));
    fireEvent.click(screen.getByTestId('persona-option-merchant'));

    expect(screen.getByTestId('persona-chip')).toHaveTextContent('当前身份：merchant');
    expect(screen.queryByTestId('persona-menu')).not.toBeInTheDocument();
    expect(getPersona()).toBe('merchant');
    expect(onChange).toHaveBeenCalledWith('merchant');
  });

  test('picking the current persona changes nothing', () => {
    const onChange = jest.fn();
    render(<PersonaSwitcher onChange={onChange} />);

    fireEvent.click(screen.getByTestId('persona-chip'));
    fireEvent.click(screen.getByTestId('persona-option-u1'));

    expect(onChange).not.toHaveBeenCalled();
  });

  test('a fresh browser whose first page is a share link is a new visitor, not u1', () => {
    window.history.replaceState(
      null,
      '',
      '/#/pages/bargain/index?bargainId=brg_1&token=AbCdEfGh1234',
    );
    try {
      render(<PersonaSwitcher />);

      const chip = screen.getByTestId('persona-chip');
      expect(chip).toHaveTextContent(/^当前身份：新访客（guest-[0-9a-z]{6}）$/);
      // The same visitor on every call and every page after, until they pick another.
      const guest = getPersona();
      expect(guest).toMatch(/^guest-[0-9a-z]{6}$/);
      expect(chip).toHaveTextContent(guest);
      expect(getPersona()).toBe(guest);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  test('a fresh browser opening a plain page acts as u1, and a chosen persona is kept on a share link', () => {
    expect(getPersona()).toBe('u1');
    render(<PersonaSwitcher />);
    fireEvent.click(screen.getByTestId('persona-chip'));
    fireEvent.click(screen.getByTestId('persona-option-u3'));

    window.history.replaceState(
      null,
      '',
      '/#/pages/landing/index?campaignId=demo&token=AbCdEfGh1234',
    );
    try {
      expect(getPersona()).toBe('u3');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  test('a browser that first opened a plain page stays u1 on a share link it opens later', () => {
    expect(getPersona()).toBe('u1');

    window.history.replaceState(
      null,
      '',
      '/#/pages/bargain/index?bargainId=brg_1&token=AbCdEfGh1234',
    );
    try {
      render(<PersonaSwitcher />);
      expect(screen.getByTestId('persona-chip')).toHaveTextContent('当前身份：u1');
      expect(getPersona()).toBe('u1');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  test('renders nothing in the weapp build, where the identity is the WeChat openid', () => {
    process.env.TARO_ENV = 'weapp';

    const { container } = render(<PersonaSwitcher />);

    expect(container).toBeEmptyDOMElement();
  });
});
