import { Text, View } from '@tarojs/components';
import type { ProofSection as ProofSectionConfig } from '../../../../../cloudfunctions/contracts/campaign-config';
import { Avatar } from '../../../../components/Avatar';
import { hasProofContent } from '../../landing-sections';
import type { InvitedBy as Friend } from '../../use-landing';
import { InvitedBy } from '../InvitedBy';
import './index.scss';

export interface ProofSectionProps {
  section: ProofSectionConfig;
  /** Testimonial order ids the server matched to a reported order. */
  verifiedOrderIds: string[];
  /** The friend who invited the visitor: the first proof on the page shows them. */
  invitedBy?: Friend | null;
}

type Testimonial = ProofSectionConfig['testimonials'][number];

/** Why to believe the offer: the friend, numbers, certifications, experts, buyers. */
export function ProofSection({ section, verifiedOrderIds, invitedBy }: ProofSectionProps) {
  const { numbers, certifications, experts, testimonials } = section;
  if (!invitedBy && !hasProofContent(section)) return null;
  // A badge needs a reported order behind it: an orderId in the config alone proves nothing.
  const verified = (t: Testimonial) =>
    t.orderId !== undefined && verifiedOrderIds.includes(t.orderId);

  return (
    <View className="proof-section" data-testid="landing-proof">
      <Text className="proof-section__title">{section.title ?? '品质与口碑'}</Text>
      {invitedBy && <InvitedBy friend={invitedBy} />}
      {numbers.length > 0 && (
        <View className="proof-section__numbers">
          {numbers.map((n, i) => (
            <View key={i} className="proof-section__number">
              <Text className="proof-section__number-value">{n.value}</Text>
              <Text className="proof-section__number-label">{n.label}</Text>
            </View>
          ))}
        </View>
      )}
      {certifications.length > 0 && (
        <View className="proof-section__certs">
          {certifications.map((c, i) => (
            <View key={i} className="proof-section__cert">
              <Text className="proof-section__cert-mark">✓</Text>
              <Text className="proof-section__cert-name">{c.name}</Text>
              {c.issuer && <Text className="proof-section__cert-issuer">{c.issuer}</Text>}
            </View>
          ))}
        </View>
      )}
      {experts.map((e, i) => (
        <View key={i} className="proof-section__expert">
          <View className="proof-section__person">
            <Avatar name={e.name} avatarUrl={e.avatarUrl ?? null} />
            <View className="proof-section__person-body">
              <Text className="proof-section__name">{e.name}</Text>
              <Text className="proof-section__role">{e.title}</Text>
            </View>
          </View>
          <Text className="proof-section__quote">{`“${e.quote}”`}</Text>
        </View>
      ))}
      {testimonials.map((t, i) => (
        <View key={i} className="proof-section__testimonial" data-testid="landing-testimonial">
          <Avatar name={t.name} avatarUrl={t.avatarUrl ?? null} />
          <View className="proof-section__person-body">
            <View className="proof-section__testimonial-head">
              <Text className="proof-section__name">{t.name}</Text>
              {verified(t) && (
                <Text className="proof-section__badge" data-testid="landing-verified-badge">
                  已购
                </Text>
              )}
            </View>
            <Text className="proof-section__testimonial-text">{t.text}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
