import { ComingSoon } from '../../components/ComingSoon';

export default function AssistPage() {
  return <ComingSoon title="助力" />;
}
