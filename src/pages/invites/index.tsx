import { ComingSoon } from '../../components/ComingSoon';

export default function InvitesPage() {
  return <ComingSoon title="我的邀请" />;
}
