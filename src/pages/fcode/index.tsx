import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { FcodeBatch } from '../../components/FcodeBatch';
import { PageStatus } from '../../components/PageStatus';
import { PersonaSwitcher } from '../../components/PersonaSwitcher';
import { SharePanel } from '../../components/SharePanel';
import { qrStateOf, type QrState } from '../../hooks/use-invite-share';
import { errorMessage } from '../../services/error-message';
import { fcodePoster } from '../../services/fcode';
import { formatFen } from '../../utils/money';
import { FriendCode } from './components/FriendCode';
import { HeldCodes } from './components/HeldCodes';
import { MyCode } from './components/MyCode';
import { WaitlistCard } from './components/WaitlistCard';
import { formatCode } from './launch-code';
import { useFcodePage } from './use-fcode-page';
import { pageUrl } from '../../utils/routes';
import './index.scss';

export default function FcodePage() {
  const { params } = useRouter();
  const page = useFcodePage(params);
  const { lookup, view, error, busy } = page;
  const held = view?.viewer.holding.filter((c) => c.status === 'held') ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const sharing = held.find((c) => c.code === selected) ?? held[0] ?? null;
  const [qr, setQr] = useState<QrState>({ status: 'idle' });
  useEffect(() => setQr({ status: 'idle' }), [sharing?.code, page.shareToken]);

  const sharePath = sharing
    ? pageUrl('fcode', { code: sharing.code, token: page.shareToken })
    : null;
  const shareTitle = view
    ? `送你一个F码：${view.productName} 凭码 ${formatFen(view.priceFen)}`
    : '送你一个F码';
  useShareAppMessage(() => ({ title: shareTitle, path: sharePath ?? pageUrl('fcode') }));

  const requestQr = () => {
    if (process.env.TARO_ENV !== 'weapp' || !sharing) return;
    setQr({ status: 'loading' });
    void fcodePoster(sharing.code, page.shareToken).then((result) => setQr(qrStateOf(result)));
  };

  // A friend who opened a shared code sees it first; once they hold it or joined the waitlist
  // instead, the page is about them.
  const friendView = lookup && lookup.state !== 'mine' && !view?.viewer.waitlist;
  const mine = view?.viewer.mine ?? null;
  const holder = (view?.viewer.holding.length ?? 0) > 0;
  const loading = !error && !view && !friendView;

  return (
    <View className="fcode-page">
      {loading && <PageStatus kind="loading" />}
      {error && !view && !lookup && (
        <PageStatus kind="error" message={errorMessage(error)} onRetry={page.reload} />
      )}
      {friendView && (
        <FriendCode
          lookup={lookup}
          busy={busy}
          onAccept={() => void page.accept()}
          onJoin={() => void page.join()}
        />
      )}
      {view && (
        <>
          {!friendView && mine && (
            <MyCode
              mine={mine}
              priceFen={view.priceFen}
              originalPriceFen={view.originalPriceFen}
              serverNow={view.serverNow}
              busy={busy}
              onBuy={() => void page.buy()}
              onOver={page.refresh}
            />
          )}
          <FcodeBatch fcode={view} />
          {holder && (
            <HeldCodes
              holding={view.viewer.holding}
              selected={sharing?.code ?? null}
              onSelect={setSelected}
            />
          )}
          {sharing && (
            <SharePanel
              shareLabel="把F码送给朋友"
              path={page.shareToken ? sharePath : null}
              posterTitle={shareTitle}
              posterSubtitle={`F码 ${formatCode(sharing.code)}`}
              qr={qr}
              onPoster={requestQr}
              invitesUrl={pageUrl('invites', { campaignId: view.campaignId })}
            />
          )}
          {/* A holder's codes are for friends: the waitlist is for everyone else. */}
          {!mine && !friendView && (!holder || view.viewer.waitlist) && (
            <WaitlistCard
              campaignId={view.campaignId}
              waitlist={view.viewer.waitlist}
              messages={view.viewer.messages}
              canJoin
              busy={busy}
              onJoin={() => void page.join()}
            />
          )}
          {mine && view.viewer.waitlist && (
            <WaitlistCard
              campaignId={view.campaignId}
              waitlist={view.viewer.waitlist}
              messages={view.viewer.messages}
              canJoin={false}
              busy={busy}
              onJoin={() => void page.join()}
            />
          )}
        </>
      )}
      <PersonaSwitcher onChange={page.reload} />
    </View>
  );
}
