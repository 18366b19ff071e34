import { ComingSoon } from '../../components/ComingSoon';

export default function BargainPage() {
  return <ComingSoon title="砍价" />;
}
