import type { Role } from '../contracts/contract';
import type { Store } from '../store/store';
import type { NotifySettings } from './notify/notify-settings';

export type { Role };

/** Who is calling, from the trusted context only (WeChat's OPENID, or the host's dev persona). */
export interface Caller {
  openid: string;
  role: Role;
  clientIp?: string;
}

export type Clock = () => Date;

/** WeChat's open APIs, only where WeChat provides them (the local host has none). */
export interface WeChatApi {
  /** An unlimited mini-program code whose `scene` the landing page reads back. */
  unlimitedQrCode(input: {
    scene: string;
    page: string;
  }): Promise<{ contentType: string; buffer: Buffer }>;
}

export interface Deps {
  store: Store;
  clock: Clock;
  wechat?: WeChatApi;
  /** How people are told (the subscribe template); without it, nobody subscribes. */
  notify?: NotifySettings;
}

export const systemClock: Clock = () => new Date();
