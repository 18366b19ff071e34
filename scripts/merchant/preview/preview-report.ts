import type { CampaignKind } from '../../../cloudfunctions/contracts/campaign-config';
import type { Finding } from '../../../cloudfunctions/domain/compliance/finding';
import type { CapturedState, LandingRecord } from './preview-run';
import type { StateId } from './preview-states';
import type { SimulatorReport } from './simulator-parity';

/** states.json: everything a preview captured, for people (index.html) and tools alike. */
export interface PreviewReport {
  campaignId: string;
  title: string;
  kind: CampaignKind;
  /** The config file, as given on the command line. */
  source: string;
  generatedAt: string;
  /** The instant the host's clock showed while playing; `clockNote` says why it was moved. */
  previewedAt: string;
  clockNote: string | null;
  /** The compliance check's warnings (errors stop the preview before anything runs). */
  warnings: Finding[];
  states: Partial<Record<StateId, CapturedState>>;
  /**
   * The browser's landing page (the visitor's; a group buy's friend's, with the group): the
   * query it was opened with, the answers it was served and the text it showed.
   */
  landing: LandingRecord | null;
  /** The weapp build's landing page in miniprogram-simulate, against the browser's. */
  simulator: SimulatorReport | null;
}
