// Calls a function of the running local host as the merchant persona, for the merchant CLIs.
export const host = process.env.FISSION_HOST ?? `http://127.0.0.1:${process.env.PORT ?? 10086}`;
export const merchant = process.env.FISSION_MERCHANT ?? 'merchant';

export class NoHostError extends Error {
  constructor() {
    super(`no local host answers at ${host}: start it with \`npm start\` (or set FISSION_HOST)`);
  }
}

export interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

export async function callAsMerchant<T>(
  fn: string,
  event: Record<string, unknown>,
): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(`${host}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': merchant },
      body: JSON.stringify(event),
    });
  } catch {
    throw new NoHostError();
  }
  return (await response.json()) as Answer<T>;
}
