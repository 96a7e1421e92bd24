import { useEffect, useRef } from 'react';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { articleKey, stateFor } from './article-key.ts';
import { useLibrary } from './use-library.tsx';

/**
 * Once the library is loaded: marks an article read when it is opened (once per opening, so "mark as unread"
 * sticks), restores where the reader left it (unless the page was opened at a particular sentence) and remembers
 * the position as they scroll.
 */
export function useReadingPosition(item: BundleItem | undefined, openedAtSentence: boolean): void {
  const { loaded, states, change } = useLibrary();
  const opened = useRef<string | null>(null);

  // Keyed by content too: an article under a reused id is another opening.
  const key = item && articleKey(item);

  useEffect(() => {
    if (!item || !key || !loaded || opened.current === key) return;
    opened.current = key;
    const stored = stateFor(states, item);
    if (!stored?.read) change(item, { read: true });
    const position = stored?.position ?? 0;
    if (openedAtSentence || position < 0.01) return;
    window.scrollTo(0, position * (document.documentElement.scrollHeight - window.innerHeight));
  }, [item, key, loaded, states, change, openedAtSentence]);

  useEffect(() => {
    if (!item || !loaded) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const height = document.documentElement.scrollHeight - window.innerHeight;
        if (height > 0) change(item, { position: Math.min(1, Math.max(0, window.scrollY / height)) });
      }, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [item, loaded, change]);
}
