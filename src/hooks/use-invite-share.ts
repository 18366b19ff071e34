import { useCallback, useEffect, useState } from 'react';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { errorMessage } from '../services/error-message';
import { inviteQrCode, shareInvite } from '../services/invite';

export type QrState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; src: string }
  | { status: 'error'; message: string };

/** A mini-program code as a function answers it (invite.qrcode, fcode.poster), to draw. */
export function qrStateOf(
  result: FunctionResult<{ contentType: string; imageBase64: string }>,
): QrState {
  return result.ok
    ? { status: 'ready', src: `data:${result.data.contentType};base64,${result.data.imageBase64}` }
    : { status: 'error', message: errorMessage(result.error) };
}

/**
 * The initiator's share token for their own bargain or assist, fetched as soon as the page
 * knows it is theirs, so the share handler (which must answer synchronously) already has it.
 * The poster's mini-program code is fetched only when asked for: each one costs an openapi call.
 */
export function useInviteShare(campaignId: string | null, subjectId: string | null) {
  const [token, setToken] = useState<{ subjectId: string; token: string } | null>(null);
  const [qr, setQr] = useState<QrState>({ status: 'idle' });

  useEffect(() => {
    if (!campaignId || !subjectId) return undefined;
    let current = true;
    void shareInvite(campaignId, subjectId).then((result) => {
      if (current && result.ok) setToken({ subjectId, token: result.data.token });
    });
    return () => {
      current = false;
    };
  }, [campaignId, subjectId]);

  const currentToken = token && token.subjectId === subjectId ? token.token : null;

  const requestQr = useCallback(() => {
    // Only WeChat draws mini-program codes; the H5 preview shows the link instead.
    if (process.env.TARO_ENV !== 'weapp' || !currentToken) return;
    setQr({ status: 'loading' });
    void inviteQrCode(currentToken).then((result) => setQr(qrStateOf(result)));
  }, [currentToken]);

  return { token: currentToken, qr, requestQr };
}
