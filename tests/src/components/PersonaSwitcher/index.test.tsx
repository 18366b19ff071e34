import { fireEvent, render, screen } from '@testing-library/react';
import { PersonaSwitcher } from '../../../../src/components/PersonaSwitcher';
import { getPersona } from '../../../../src/services/persona';

describe('PersonaSwitcher: one browser plays several friends (H5 only)', () => {
  test('shows the current persona, u1 by default', () => {
    render(<PersonaSwitcher />);

    expect(screen.getByTestId('persona-chip')).toHaveTextContent('当前身份: u1');
    expect(screen.queryByTestId('persona-menu')).not.toBeInTheDocument();
  });

  test('picking a persona stores it, shows it and tells the page', () => {
    const onChange = jest.fn();
    render(<PersonaSwitcher onChange={onChange} />);

    fireEvent.click(screen.getByTestId('persona-chip'));
    fireEvent.click(screen.getByTestId('persona-option-merchant'));

    expect(screen.getByTestId('persona-chip')).toHaveTextContent('当前身份: merchant');
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

  test('renders nothing in the weapp build, where the identity is the WeChat openid', () => {
    process.env.TARO_ENV = 'weapp';

    const { container } = render(<PersonaSwitcher />);

    expect(container).toBeEmptyDOMElement();
  });
});
