import { HelpTargetPage } from '../../components/HelpTargetPage';
import { bargainKind } from './bargain-kind';
import './index.scss';

export default function BargainPage() {
  return <HelpTargetPage kind={bargainKind} />;
}
