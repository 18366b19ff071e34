import { render, screen, within } from '@testing-library/react';
import type { ProofSection as ProofSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import { ProofSection } from '../../../../../src/pages/landing/components/ProofSection';

function aProof(overrides: Partial<ProofSectionConfig> = {}): ProofSectionConfig {
  return {
    type: 'proof',
    certifications: [{ name: '食品级 316 不锈钢', issuer: 'SGS 检测' }],
    experts: [{ name: '王工', title: '十年保温器具工程师', quote: '12 小时后仍有 68℃。' }],
    testimonials: [{ name: '李女士', text: '下午还是热的。' }],
    numbers: [
      { label: '保温时长', value: '12 小时' },
      { label: '已售', value: '3.2 万件' },
    ],
    ...overrides,
  };
}

describe('ProofSection: what backs the offer', () => {
  test('numbers, certifications, experts and testimonials', () => {
    render(<ProofSection section={aProof()} verifiedOrderIds={[]} />);

    const proof = screen.getByTestId('landing-proof');
    for (const text of [
      '品质与口碑',
      '12 小时',
      '保温时长',
      '3.2 万件',
      '食品级 316 不锈钢',
      'SGS 检测',
      '王工',
      '十年保温器具工程师',
      '“12 小时后仍有 68℃。”',
      '李女士',
      '下午还是热的。',
    ]) {
      expect(proof).toHaveTextContent(text);
    }
  });

  test('the section’s own title replaces the default', () => {
    render(<ProofSection section={aProof({ title: '检测报告' })} verifiedOrderIds={[]} />);

    expect(screen.getByTestId('landing-proof')).toHaveTextContent('检测报告');
    expect(screen.getByTestId('landing-proof')).not.toHaveTextContent('品质与口碑');
  });

  test('nothing to show → nothing rendered', () => {
    const empty = aProof({ certifications: [], experts: [], testimonials: [], numbers: [] });
    render(<ProofSection section={empty} verifiedOrderIds={[]} />);

    expect(screen.queryByTestId('landing-proof')).not.toBeInTheDocument();
  });
});

describe('ProofSection: "已购" only for a testimonial backed by a reported order', () => {
  test.each([
    { label: 'no orderId', orderId: undefined, verified: ['ord-1'], badge: false },
    {
      label: 'an orderId the server did not verify',
      orderId: 'ord-2',
      verified: ['ord-1'],
      badge: false,
    },
    { label: 'a verified orderId', orderId: 'ord-1', verified: ['ord-1'], badge: true },
  ])('$label → badge: $badge', ({ orderId, verified, badge }) => {
    const section = aProof({ testimonials: [{ name: '李女士', text: '好用', orderId }] });
    render(<ProofSection section={section} verifiedOrderIds={verified} />);

    const testimonial = screen.getByTestId('landing-testimonial');
    if (badge)
      expect(within(testimonial).getByTestId('landing-verified-badge')).toHaveTextContent('已购');
    else
      expect(within(testimonial).queryByTestId('landing-verified-badge')).not.toBeInTheDocument();
  });

  test('each testimonial is judged on its own', () => {
    const section = aProof({
      testimonials: [
        { name: '李女士', text: '好用', orderId: 'ord-1' },
        { name: '周先生', text: '不错', orderId: 'ord-9' },
      ],
    });
    render(<ProofSection section={section} verifiedOrderIds={['ord-1']} />);

    const [first, second] = screen.getAllByTestId('landing-testimonial');
    expect(within(first!).getByTestId('landing-verified-badge')).toBeInTheDocument();
    expect(within(second!).queryByTestId('landing-verified-badge')).not.toBeInTheDocument();
  });
});

describe('ProofSection: the friend who invited the visitor', () => {
  test.each([
    { label: 'a friend who bought', bought: true, boughtShown: true },
    { label: 'a friend who only shared', bought: false, boughtShown: false },
  ])('$label', ({ bought, boughtShown }) => {
    render(
      <ProofSection
        section={aProof()}
        verifiedOrderIds={[]}
        invitedBy={{ name: '张**', bought }}
      />,
    );

    expect(screen.getByTestId('landing-invited-by')).toHaveTextContent('好友 张** 邀请你');
    if (boughtShown)
      expect(screen.getByTestId('landing-friend-bought')).toHaveTextContent('TA 已购买');
    else expect(screen.queryByTestId('landing-friend-bought')).not.toBeInTheDocument();
  });

  test('no friend → no banner', () => {
    render(<ProofSection section={aProof()} verifiedOrderIds={[]} invitedBy={null} />);

    expect(screen.queryByTestId('landing-invited-by')).not.toBeInTheDocument();
  });

  test('an otherwise empty proof still shows the friend', () => {
    const empty = aProof({ certifications: [], experts: [], testimonials: [], numbers: [] });
    render(
      <ProofSection
        section={empty}
        verifiedOrderIds={[]}
        invitedBy={{ name: '张**', bought: false }}
      />,
    );

    expect(screen.getByTestId('landing-invited-by')).toBeInTheDocument();
  });
});
