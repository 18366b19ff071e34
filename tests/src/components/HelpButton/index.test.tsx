import { fireEvent, render, screen } from '@testing-library/react';
import { HelpButton } from '../../../../src/components/HelpButton';

describe('HelpButton: one tap to help, or the reason why not', () => {
  test('open: the label, and a tap helps', () => {
    const onHelp = jest.fn();
    render(
      <HelpButton
        kind="bargain"
        label="帮 TA 砍一刀"
        refusal={null}
        busy={false}
        onHelp={onHelp}
      />,
    );

    fireEvent.click(screen.getByTestId('help-button'));

    expect(screen.getByTestId('help-button')).toHaveTextContent('帮 TA 砍一刀');
    expect(onHelp).toHaveBeenCalledTimes(1);
  });

  test('refused: disabled, and the button itself says why', () => {
    const onHelp = jest.fn();
    render(
      <HelpButton
        kind="bargain"
        label="帮 TA 砍一刀"
        refusal="ALREADY_HELPED"
        busy={false}
        onHelp={onHelp}
      />,
    );

    fireEvent.click(screen.getByTestId('help-button'));

    expect(screen.getByTestId('help-button')).toBeDisabled();
    expect(screen.getByTestId('help-button')).toHaveTextContent('你已经帮过 TA 了');
    expect(onHelp).not.toHaveBeenCalled();
  });

  test('busy: disabled while the help is in flight', () => {
    const onHelp = jest.fn();
    render(<HelpButton kind="assist" label="帮 TA 助力" refusal={null} busy onHelp={onHelp} />);

    fireEvent.click(screen.getByTestId('help-button'));

    expect(screen.getByTestId('help-button')).toBeDisabled();
    expect(screen.getByTestId('help-button')).toHaveTextContent('提交中…');
    expect(onHelp).not.toHaveBeenCalled();
  });
});
