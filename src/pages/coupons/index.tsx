import { ComingSoon } from '../../components/ComingSoon';

export default function CouponsPage() {
  return <ComingSoon title="我的优惠券" />;
}
