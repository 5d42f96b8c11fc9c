// The popup's countdowns follow the clock on their own: the text moves when a minute passes, and a
// countdown whose text did not change is not re-rendered.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeText, useTimeText } from '@/components/clock';
import { MINUTE } from '@/utils/model/time';

const deadline = Date.UTC(2026, 10, 23, 12, 0, 0);
let renders = 0;
function Countdown() {
  renders++;
  return h(
    'span',
    null,
    useTimeText(
      (now) => `${Math.floor((deadline - now) / MINUTE)} m left`,
      (now) => Math.floor((deadline - now) / MINUTE),
    ),
  );
}

describe('the popup clock', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(deadline - 10 * MINUTE - 30_000); // 10 m 30 s left
    root = document.createElement('div');
    renders = 0;
  });
  afterEach(() => {
    act(() => render(null, root));
    vi.useRealTimers();
  });

  it('moves the countdown when a minute passes, and only then', () => {
    act(() => render(h(Countdown, null), root));
    expect(root.textContent).toBe('10 m left');
    act(() => void vi.advanceTimersByTime(20_000));
    expect(root.textContent).toBe('10 m left');
    expect(renders).toBe(1);
    act(() => void vi.advanceTimersByTime(15_000));
    expect(root.textContent).toBe('9 m left');
    expect(renders).toBe(2);
  });

  it('TimeText with no step re-renders when the text changes', () => {
    act(() => render(h(TimeText, { of: (now: number) => (now >= deadline - 10 * MINUTE ? 'late' : 'soon') }), root));
    expect(root.textContent).toBe('soon');
    act(() => void vi.advanceTimersByTime(31_000));
    expect(root.textContent).toBe('late');
  });

  it('stops its timer when the last countdown goes away', () => {
    act(() => render(h(Countdown, null), root));
    expect(vi.getTimerCount()).toBe(1);
    act(() => render(null, root));
    expect(vi.getTimerCount()).toBe(0);
  });
});
