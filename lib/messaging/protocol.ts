import type { PageSnapshot } from '@/lib/sellercentral/types';

/**
 * The typed boundary between the page (content scripts) and the extension (worker, side panel). One map of message
 * names to payload and response, so both ends are checked by the compiler.
 */
export interface ProtocolMap {
  /** content → worker: what a frame of a Seller Central tab shows now. Tab and frame come from the sender. */
  'page-snapshot': { payload: { snapshot: PageSnapshot }; response: void };
  /** panel → content (one frame): read the page again now. */
  'read-now': { payload: Record<string, never>; response: PageSnapshot };
  /** panel / worker → content (the frame with the reply box): put text into the reply box; never sends. */
  'insert-reply': { payload: { text: string; mode: InsertMode }; response: InsertResult };
}

export type MessageName = keyof ProtocolMap;
export type Message<N extends MessageName = MessageName> = { type: N } & ProtocolMap[N]['payload'];
export type Response<N extends MessageName> = ProtocolMap[N]['response'];

/** cursor: at the caret (or the end); replace: only when the box is empty; the panel asks before replacing text. */
export type InsertMode = 'cursor' | 'replace';

export type InsertResult =
  | { ok: true; how: 'native-setter' | 'exec-command'; length: number }
  | { ok: false; reason: 'no-reply-box' | 'box-not-empty' | 'error'; detail?: string };

export function isMessage<N extends MessageName>(value: unknown, name: N): value is Message<N> {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === name;
}
