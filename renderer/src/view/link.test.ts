import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ViewMessage } from '../../../shared/view/messages';
import { parseViewMessage } from '../../../shared/view/messages';
import type { CompareDeck } from '../../../shared/view/deck';
import { ViewStore, isNewer } from './store';
import { ViewLink, type ViewTransport } from './link';
import { defaultViewState } from './defaults';

/** Windows on one channel; messages wait in a queue until delivered (in any order the test picks). */
class Bus {
  readonly queue: Array<{ to: number; raw: unknown }> = [];
  readonly sent: unknown[] = [];
  private readonly ears: Array<((raw: unknown) => void) | null> = [];
  transport(): ViewTransport {
    const me = this.ears.length;
    this.ears.push(null);
    return {
      // Like a BroadcastChannel: every other window hears a structured clone of the message.
      post: (m) => {
        this.sent.push(m);
        this.ears.forEach((_, i) => i !== me && this.queue.push({ to: i, raw: structuredClone(m) }));
      },
      listen: (cb) => {
        this.ears[me] = cb;
        return () => (this.ears[me] = null);
      },
      close: () => {},
    };
  }
  deliver(k = 0): void {
    const [m] = this.queue.splice(k, 1);
    if (m) this.ears[m.to]?.(m.raw);
  }
  flush(): void {
    while (this.queue.length) this.deliver();
  }
}

const deck: CompareDeck = {
  type: 'compare', key: 'a>b|001', title: 'A → B', stops: [0],
  rows: [{ kind: 'modified', heading: 'A. Overview', number: '1', was: null, badge: 'Modified', citation: 'A ¶1 → B ¶1', detail: null, cite: '¶1', section: 'A. Overview', ops: [['=', 'States '], ['-', 'should'], ['+', 'could']] }],
};

describe('the view store', () => {
  it('counts local changes, tells listeners, and ignores an update that changes nothing', () => {
    const s = new ViewStore('a', defaultViewState());
    let heard = 0;
    s.subscribe(() => heard++);
    s.update((v) => v);
    expect([s.snapshot().rev, heard]).toEqual([0, 0]);
    s.update((v) => ({ ...v, tab: 'compare' }));
    expect([s.snapshot().rev, s.snapshot().origin, s.get().tab, heard]).toEqual([1, 'a', 'compare', 1]);
  });

  it('takes another window’s state only when it is newer by revision, then by window id', () => {
    const s = new ViewStore('m', defaultViewState());
    s.update((v) => ({ ...v, tab: 'compare' }));
    const other = (rev: number, origin: string) => ({ rev, origin, state: { ...defaultViewState(), tab: origin } });
    expect(s.receive(other(0, 'z'))).toBe(false);
    expect(s.receive(other(1, 'a'))).toBe(false);
    expect(s.receive(other(1, 'z'))).toBe(true);
    expect(s.get().tab).toBe('z');
    expect(isNewer({ rev: 2, origin: 'a' }, { rev: 1, origin: 'z' })).toBe(true);
  });

  it('lets a follower (the audience) take the first state it hears, whatever the ids', () => {
    const s = new ViewStore('zzz', defaultViewState(), true);
    expect(s.receive({ rev: 0, origin: 'aaa', state: { ...defaultViewState(), tab: 'track' } })).toBe(true);
  });
});

describe('windows linked over a channel', () => {
  it('the presenter answers a new audience window with its state and deck, and counts it until it says goodbye', () => {
    const bus = new Bus();
    const presenter = new ViewStore('p1', defaultViewState());
    const pLink = new ViewLink(presenter, bus.transport(), 'presenter');
    presenter.update((s) => ({ ...s, presenter: { ...s.presenter, active: true, zoom: 1.4 } }));
    pLink.publishDeck(deck);
    bus.flush();

    const audience = new ViewStore('a1', defaultViewState(), true);
    const aLink = new ViewLink(audience, bus.transport(), 'audience');
    const decks: unknown[] = [];
    aLink.onDeck((d) => decks.push(d));
    bus.flush();
    expect(audience.get().presenter).toMatchObject({ active: true, zoom: 1.4 });
    expect(aLink.currentDeck()).toEqual(deck);
    expect(decks).toEqual([deck]);
    expect(pLink.audienceCount()).toBe(1);

    // The audience window moves the presentation too (the clicker may talk to it).
    audience.update((s) => ({ ...s, presenter: { ...s.presenter, blank: true } }));
    bus.flush();
    expect(presenter.get().presenter.blank).toBe(true);

    aLink.close();
    bus.flush();
    expect(pLink.audienceCount()).toBe(0);
  });

  it('ignores malformed messages and its own', () => {
    const bus = new Bus();
    const store = new ViewStore('p1', defaultViewState());
    new ViewLink(store, bus.transport(), 'presenter');
    const evil = bus.transport();
    const send = (m: unknown) => evil.post(m as ViewMessage);
    send({ type: 'state', from: 'x', rev: 99, origin: 'x', state: { ...defaultViewState(), tab: 'evil', extra: 1 } });
    send({ type: 'state', from: 'x', rev: 99, origin: 'x', state: { ...defaultViewState(), presenter: { ...defaultViewState().presenter, zoom: 40 } } });
    send({ type: 'state', from: 'has spaces', rev: 99, origin: 'x', state: defaultViewState() });
    send({ type: 'state', from: 'p1', rev: 99, origin: 'p1', state: { ...defaultViewState(), tab: 'mine' } });
    send('not even an object');
    bus.flush();
    expect(store.get().tab).toBe('read');
    send({ type: 'state', from: 'x', rev: 99, origin: 'x', state: { ...defaultViewState(), tab: 'compare' } });
    bus.flush();
    expect(store.get().tab).toBe('compare');
  });

  it('refuses a deck that carries anything beyond what the room may see (a note smuggled into a row)', () => {
    const withNote = { ...deck, rows: [{ ...deck.rows[0]!, notes: ['Capital: hold firm on “should”'] }] };
    expect(parseViewMessage({ type: 'deck', from: 'p1', deck })).not.toBeNull();
    expect(parseViewMessage({ type: 'deck', from: 'p1', deck: withNote })).toBeNull();
    expect(parseViewMessage({ type: 'deck', from: 'p1', deck: { ...deck, notes: {} } })).toBeNull();
  });

  it('a reloaded presenter window wins over the audience’s newer copy', () => {
    const bus = new Bus();
    const a = new ViewStore('a1', defaultViewState(), true);
    new ViewLink(a, bus.transport(), 'audience');
    for (let i = 0; i < 5; i++) a.update((s) => ({ ...s, presenter: { ...s.presenter, trackerSlide: i + 1 } }));
    bus.flush();
    const p = new ViewStore('p2', { ...defaultViewState(), tab: 'track' });
    new ViewLink(p, bus.transport(), 'presenter');
    bus.flush();
    expect(a.get().tab).toBe('track');
  });

  it('every window settles on the same state, whatever the order messages arrive in', () => {
    type Op = { kind: 'change'; window: number; slide: number } | { kind: 'deliver'; pick: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), window: fc.nat(2), slide: fc.nat(30) }),
      fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const bus = new Bus();
        const stores = [new ViewStore('w-presenter', defaultViewState()), new ViewStore('w-audience1', defaultViewState(), true), new ViewStore('w-audience2', defaultViewState(), true)];
        stores.forEach((s, i) => new ViewLink(s, bus.transport(), i === 0 ? 'presenter' : 'audience'));
        for (const o of ops) {
          if (o.kind === 'change') stores[o.window]!.update((s) => ({ ...s, presenter: { ...s.presenter, trackerSlide: o.slide, blank: !s.presenter.blank } }));
          else if (bus.queue.length) bus.deliver(o.pick % bus.queue.length);
        }
        bus.flush();
        const [first, ...rest] = stores.map((s) => s.get());
        for (const s of rest) expect(s).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });
});
