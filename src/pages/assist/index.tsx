import { HelpTargetPage } from '../../components/HelpTargetPage';
import { assistKind } from './assist-kind';
import './index.scss';

export default function AssistPage() {
  return <HelpTargetPage kind={assistKind} />;
}
