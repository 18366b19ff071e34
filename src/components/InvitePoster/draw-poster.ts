/**
 * The share poster drawn on a canvas: the same drawing for WeChat's canvas 2d and the H5
 * preview's DOM canvas, through the part of CanvasRenderingContext2D both have.
 */
export interface PosterContext {
  fillStyle: unknown;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  drawImage(image: never, x: number, y: number, w: number, h: number): void;
}

export interface PosterContent {
  /** The offer, e.g. 帮我砍一刀，保温杯 ¥1 就能拿. */
  title: string;
  subtitle?: string;
  /** Who shares: the poster says 「{name} 邀请你」. */
  sharerName: string;
  /** The mini-program code, drawn when there is one (WeChat). */
  code: unknown | null;
  /** Without a code (H5): the link a friend opens. */
  link: string | null;
}

/** Logical size of the poster (drawn at this size times the device pixel ratio). */
export const POSTER_WIDTH = 600;
export const POSTER_HEIGHT = 860;
const CODE_SIZE = 280;
const MARGIN = 48;

/** Lines of at most `width`, cut at characters (Chinese has no spaces to cut at). */
export function wrapLines(ctx: PosterContext, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]!.slice(0, -1)}…`];
}

export function drawPoster(ctx: PosterContext, content: PosterContent): void {
  const center = POSTER_WIDTH / 2;
  const inner = POSTER_WIDTH - MARGIN * 2;
  ctx.fillStyle = '#fff4f1';
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  ctx.fillStyle = '#fa2c19';
  ctx.fillRect(0, 0, POSTER_WIDTH, 12);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';

  ctx.fillStyle = '#666666';
  ctx.font = '28px sans-serif';
  ctx.fillText(`${content.sharerName} 邀请你`, center, 64);

  ctx.fillStyle = '#1f1f1f';
  ctx.font = 'bold 40px sans-serif';
  let y = 120;
  for (const line of wrapLines(ctx, content.title, inner, 3)) {
    ctx.fillText(line, center, y);
    y += 54;
  }
  if (content.subtitle) {
    ctx.fillStyle = '#666666';
    ctx.font = '28px sans-serif';
    for (const line of wrapLines(ctx, content.subtitle, inner, 2)) {
      ctx.fillText(line, center, y + 8);
      y += 40;
    }
  }

  const codeTop = Math.max(y + 40, 360);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(center - CODE_SIZE / 2 - 20, codeTop - 20, CODE_SIZE + 40, CODE_SIZE + 40);
  ctx.fillStyle = '#999999';
  ctx.font = '24px sans-serif';
  if (content.code) {
    ctx.drawImage(content.code as never, center - CODE_SIZE / 2, codeTop, CODE_SIZE, CODE_SIZE);
    ctx.fillText('长按识别小程序码，立即参与', center, codeTop + CODE_SIZE + 48);
  } else if (content.link) {
    ctx.fillStyle = '#1f1f1f';
    let linkY = codeTop + 40;
    for (const line of wrapLines(ctx, content.link, CODE_SIZE, 6)) {
      ctx.fillText(line, center, linkY);
      linkY += 34;
    }
    ctx.fillStyle = '#999999';
    ctx.fillText('好友打开链接即可参与', center, codeTop + CODE_SIZE + 48);
  }
}
