import { Button } from '@tarojs/components';
import { type HelpKind, type HelpRefusalCode, helpRefusalMessage } from '../RefusalNotice';
import './index.scss';

export interface HelpButtonProps {
  kind: HelpKind;
  /** e.g. "帮 TA 砍一刀". */
  label: string;
  /** The server's verdict before the tap: why this viewer may not help, or null. */
  refusal: HelpRefusalCode | null;
  busy: boolean;
  onHelp: () => void;
}

/**
 * The one big button a friend came for. When the server says no, the button itself says why
 * (a greyed "帮 TA 砍一刀" with no reason is the most common complaint about these pages).
 */
export function HelpButton({ kind, label, refusal, busy, onHelp }: HelpButtonProps) {
  const disabled = refusal !== null || busy;
  return (
    <Button
      className={`help-button${disabled ? ' is-disabled' : ''}`}
      data-testid="help-button"
      {...(disabled ? { disabled: true } : {})}
      onClick={() => {
        if (!disabled) onHelp();
      }}
    >
      {refusal ? helpRefusalMessage(kind, refusal) : busy ? '提交中…' : label}
    </Button>
  );
}
