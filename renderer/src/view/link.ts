/**
 * Keeps a window's view store in step with the app's other windows over a transport
 * (BroadcastChannel in browser mode, IPC through main in Electron), and carries the presenter's
 * deck to the audience. The presenter window answers every audience window that announces itself
 * with the current state and deck; every message heard is validated before use.
 */
import type { Deck } from '../../../shared/view/deck';
import { parseViewMessage, type ViewMessage, type WindowRole } from '../../../shared/view/messages';
import type { ViewStore } from './store';

/** How view messages travel between windows. */
export interface ViewTransport {
  post(message: ViewMessage): void;
  /** Listen to messages from other windows (raw: they are validated by the link). */
  listen(callback: (raw: unknown) => void): () => void;
  close(): void;
}

export class ViewLink {
  private deck: Deck | null = null;
  private readonly audience = new Set<string>();
  private readonly deckListeners = new Set<(deck: Deck | null) => void>();
  private readonly audienceListeners = new Set<(count: number) => void>();
  private readonly stop: Array<() => void> = [];

  constructor(private readonly store: ViewStore, private readonly transport: ViewTransport, readonly role: WindowRole) {
    this.stop.push(transport.listen((raw) => this.hear(raw)));
    this.stop.push(store.onLocalChange((s) => this.post({ type: 'state', from: store.windowId, rev: s.rev, origin: s.origin, state: s.state })));
    this.post({ type: 'hello', from: store.windowId, role });
    if (role === 'presenter') this.postState();
  }

  /** The presenter's deck: remembered for audience windows that open later, sent to those open now. */
  publishDeck(deck: Deck | null): void {
    if (deck === this.deck) return;
    this.deck = deck;
    this.post({ type: 'deck', from: this.store.windowId, deck });
  }

  /** The latest deck (the audience's copy of the presenter's). */
  currentDeck(): Deck | null {
    return this.deck;
  }

  onDeck(listener: (deck: Deck | null) => void): () => void {
    this.deckListeners.add(listener);
    return () => this.deckListeners.delete(listener);
  }

  /** How many audience windows are listening (presenter side). */
  audienceCount(): number {
    return this.audience.size;
  }

  /** Forget every audience window (their windows were found closed without a goodbye). */
  forgetAudience(): void {
    for (const id of [...this.audience]) this.setAudience(id, false);
  }

  onAudience(listener: (count: number) => void): () => void {
    this.audienceListeners.add(listener);
    return () => this.audienceListeners.delete(listener);
  }

  /** Say goodbye and stop listening. */
  close(): void {
    this.post({ type: 'bye', from: this.store.windowId, role: this.role });
    for (const s of this.stop.splice(0)) s();
    this.transport.close();
  }

  private post(message: ViewMessage): void {
    this.transport.post(message);
  }

  private postState(): void {
    const s = this.store.snapshot();
    this.post({ type: 'state', from: this.store.windowId, rev: s.rev, origin: s.origin, state: s.state });
  }

  private setAudience(id: string, present: boolean): void {
    const had = this.audience.has(id);
    if (present) this.audience.add(id);
    else this.audience.delete(id);
    if (had !== present) for (const l of this.audienceListeners) l(this.audience.size);
  }

  private hear(raw: unknown): void {
    const m = parseViewMessage(raw);
    if (!m || m.from === this.store.windowId) return;
    switch (m.type) {
      case 'hello':
        if (m.role === 'presenter' && this.role === 'audience') this.store.yieldToOthers();
        if (m.role === 'audience' && this.role === 'presenter') {
          this.setAudience(m.from, true);
          this.postState();
          this.post({ type: 'deck', from: this.store.windowId, deck: this.deck });
        }
        return;
      case 'bye':
        if (m.role === 'audience') this.setAudience(m.from, false);
        return;
      case 'state':
        this.store.receive({ rev: m.rev, origin: m.origin, state: m.state });
        return;
      case 'deck':
        if (this.role !== 'audience') return;
        this.deck = m.deck;
        for (const l of this.deckListeners) l(m.deck);
        return;
    }
  }
}
