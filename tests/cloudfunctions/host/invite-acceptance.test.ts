import { countedCredits } from '../../support/builders/attribution';
import { useInProcessHost } from '../../support/in-process-host';
import { storeKinds } from '../../support/stores';

/**
 * Issue #4 as its users meet it, through the local host on demo-bargain: A shares; B opens
 * A's card, then C's; A's own visit counts for nothing; the merchant sees the funnel.
 */
describe.each(storeKinds())('invite attribution through the local host on %s', (kind) => {
  const host = useInProcessHost(kind);

  const ok = async (name: string, event: unknown, persona: string) => {
    const { status, body } = await host.call(name, event, persona);
    expect({ status, ok: body.ok }).toEqual({ status: 200, ok: true });
    return body.data;
  };

  test('A is credited with B once; B is not credited to C; A’s own visit counts for nothing', async () => {
    const a = await ok('invite', { action: 'share', campaignId: 'demo-bargain' }, 'A');
    await ok('invite', { action: 'visit', campaignId: 'demo-bargain', scene: 1007 }, 'C');
    const c = await ok('invite', { action: 'share', campaignId: 'demo-bargain' }, 'C');

    const viaA = await ok(
      'invite',
      { action: 'visit', campaignId: 'demo-bargain', token: a.token, scene: 1007 },
      'B',
    );
    expect(viaA).toMatchObject({ isNewUser: true, invitedBy: { name: '*' } });
    const viaC = await ok(
      'invite',
      { action: 'visit', campaignId: 'demo-bargain', token: c.token, scene: 1008 },
      'B',
    );
    expect(viaC).toMatchObject({ isNewUser: false });
    const own = await ok(
      'invite',
      { action: 'visit', campaignId: 'demo-bargain', token: a.token },
      'A',
    );
    expect(own).toMatchObject({ isNewUser: false, invitedBy: null });

    const progressA = await ok('invite', { action: 'progress', campaignId: 'demo-bargain' }, 'A');
    expect(progressA.counted).toEqual(countedCredits({ arrived: 1 }));
    const progressC = await ok('invite', { action: 'progress', campaignId: 'demo-bargain' }, 'C');
    expect(progressC.counted).toEqual(countedCredits({}));

    const { stats } = await ok(
      'campaign',
      { action: 'stats', campaignId: 'demo-bargain' },
      'merchant',
    );
    const funnel = Object.fromEntries(
      stats.funnel.map((s: { stage: string; count: number }) => [s.stage, s.count]),
    );
    expect(funnel).toMatchObject({ visitors: 2, newPeople: 2 });
    expect(stats.viral).toMatchObject({ invitees: 1 });

    const forbidden = await host.call(
      'campaign',
      { action: 'stats', campaignId: 'demo-bargain' },
      'A',
    );
    expect(forbidden.status).toBe(403);
  });
});
