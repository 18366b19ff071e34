import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CampaignConfig } from '../../../cloudfunctions/contracts/campaign-config';
import type { OrderReportResult } from '../../../cloudfunctions/contracts/order';
import { callHost, devCheckout } from './host-api';
import { startLocalHost, type LocalHost } from './local-host';
import { launchPhone, type Phone, type Screen, type ServedCall } from './phone';
import { stateName, statesOf, type StateId } from './preview-states';

/** Who plays what. The H5 build knows personas u1…u12 only; API-only helpers may be anyone. */
export const PERSONAS = {
  merchant: 'merchant',
  initiator: 'u1',
  visitor: 'u2',
  friend: 'u3',
  lateInitiator: 'u4',
  /** Fission coupons: the friend who claims from the buyer's packet, and one who comes late. */
  packetFriend: 'u5',
  latePacketFriend: 'u6',
  /** 购物圈: the friend the buyer brought, who finds and claims their post; one who comes late. */
  circleFriend: 'u7',
  lateCircleFriend: 'u8',
} as const;

export interface CapturedState {
  id: StateId;
  zh: string;
  en: string;
  /** The PNG, relative to the output folder; null when the state does not apply. */
  file: string | null;
  persona: string | null;
  route: string | null;
  /** The page's text lines (extractTextLines), and the same joined, for a quick grep. */
  lines: string[];
  text: string;
  note?: string;
}

/**
 * A landing page as the browser got it, for the simulator to render the same: the query it was
 * opened with, the answers it was served, the text it showed.
 */
export interface LandingRecord {
  query: Record<string, string>;
  served: ServedCall[];
  lines: string[];
}

export interface Step {
  label: string;
  run: () => Promise<void>;
}

/**
 * One preview in progress: the host it plays against (replaced when the clock moves) on its
 * temporary data dir, the phone, and the states captured so far. `stop` ends all of it.
 */
export class PreviewRun {
  readonly states = new Map<StateId, CapturedState>();
  /**
   * The landing page the simulator compares: the visitor's, or for a group buy the friend's,
   * which also shows the group (and who invited them) under the offer.
   */
  landing: LandingRecord | null = null;
  private host: LocalHost | null = null;
  private phone: Phone | null = null;
  private dataDir: string | null = null;
  private nextHelper = 1;
  private stopping: Promise<void> | null = null;

  constructor(
    readonly config: CampaignConfig,
    readonly outDir: string,
    private readonly log: (line: string) => void,
  ) {}

  /** A fresh data dir, a host on it with the clock moved by `clockOffsetMs`, and chromium. */
  async start(clockOffsetMs: number): Promise<void> {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-preview-'));
    this.host = await startLocalHost({ dataDir: this.dataDir, clockOffsetMs });
    await this.stopIfStopping();
    this.log(`host on ${this.host.url}/ (PGlite in ${this.dataDir})`);
    this.phone = await launchPhone();
    await this.stopIfStopping();
  }

  /**
   * Closes the browser, stops the host, removes the data dir. Every caller (the normal end, an
   * error, Ctrl-C arriving mid-step) awaits the same one stop, so none exits before it is done.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.phone?.close().catch(() => undefined);
      await this.host?.stop().catch(() => undefined);
      if (this.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
    })();
    return this.stopping;
  }

  /** What came up while everything was being stopped must not outlive the preview. */
  private async stopIfStopping(): Promise<void> {
    if (!this.stopping) return;
    await this.stopping;
    await this.phone?.close().catch(() => undefined);
    await this.host?.stop().catch(() => undefined);
    if (this.dataDir) fs.rmSync(this.dataDir, { recursive: true, force: true });
    throw new Error('the preview was stopped');
  }

  get hostUrl(): string {
    if (!this.host) throw new Error('the preview host is not running');
    return this.host.url;
  }

  call<T>(name: string, event: { action: string; [param: string]: unknown }, persona: string) {
    return callHost<T>(this.hostUrl, name, event, persona);
  }

  /** The local host's stand-in checkout: `persona` pays, the order is reported as the merchant's. */
  checkout(
    body: { campaignId: string; groupId?: string; couponId?: string },
    persona: string,
  ): Promise<OrderReportResult> {
    return devCheckout(this.hostUrl, body, persona);
  }

  /** The states this campaign plays, in order: its kind's, the packet's when it has one. */
  get stateIds(): StateId[] {
    return statesOf(this.config.kind, {
      packet: this.config.packet !== undefined,
      circle: this.config.circle !== undefined,
    });
  }

  /** A persona never seen before, for helps made through the API: new to every campaign. */
  newHelper(): string {
    const id = `f${String(this.nextHelper).padStart(2, '0')}`;
    this.nextHelper += 1;
    return id;
  }

  open(persona: string, route: string, ready: string[]): Promise<Screen> {
    if (!this.phone) throw new Error('the preview browser is not running');
    return this.phone.open({ hostUrl: this.hostUrl, route, persona, ready });
  }

  /** Opens, captures one state (or more with `then`), closes. */
  async show(
    persona: string,
    route: string,
    ready: string[],
    then: (screen: Screen) => Promise<void>,
  ): Promise<void> {
    const screen = await this.open(persona, route, ready);
    try {
      await then(screen);
    } finally {
      await screen.close();
    }
  }

  async capture(screen: Screen, id: StateId, options: { full?: boolean } = {}): Promise<void> {
    const order = this.stateIds.indexOf(id) + 1;
    const file = `${String(order).padStart(2, '0')}-${id}.png`;
    const lines = await screen.lines();
    if (options.full) await screen.shootFull(path.join(this.outDir, file));
    else await screen.shoot(path.join(this.outDir, file));
    const url = new URL(screen.page.url());
    const persona = await screen.page.evaluate(() => {
      const stored = window.localStorage.getItem('fission:persona');
      return stored ? (JSON.parse(stored) as { data: string }).data : null;
    });
    this.states.set(id, {
      id,
      ...stateName(this.config.kind, id),
      file,
      persona,
      route: `/${url.hash}`,
      lines,
      text: lines.join('\n'),
    });
  }

  skip(id: StateId, note: string): void {
    this.states.set(id, {
      id,
      ...stateName(this.config.kind, id),
      file: null,
      persona: null,
      route: null,
      lines: [],
      text: '',
      note,
    });
  }

  /** Loads the config as a draft and publishes it, as the merchant would. */
  async publish(): Promise<void> {
    await this.call('campaign', { action: 'save', config: this.config }, PERSONAS.merchant);
    await this.call(
      'campaign',
      { action: 'publish', campaignId: this.config.id },
      PERSONAS.merchant,
    );
  }

  /**
   * Stops the host and starts another on the same data dir with the clock moved (one process
   * per data dir: PGlite). The host seeds the demo campaigns at start, which would replace a
   * previewed config that reuses a demo id, so the config is published again.
   */
  async restartHost(clockOffsetMs: number): Promise<void> {
    if (!this.host || !this.dataDir) throw new Error('the preview host is not running');
    await this.host.stop();
    this.host = null;
    this.host = await startLocalHost({ dataDir: this.dataDir, clockOffsetMs });
    await this.stopIfStopping();
    this.log(
      `host restarted on ${this.host.url}/, its clock at ${new Date(Date.now() + clockOffsetMs).toISOString()}`,
    );
    await this.publish();
  }
}
