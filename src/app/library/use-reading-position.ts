import { useEffect, useRef } from 'react';
import { useLibrary } from './use-library.tsx';

/**
 * Marks an article read when it is opened, restores where the reader left it (unless the page was opened at a
 * particular sentence) and remembers the position as they scroll.
 */
export function useReadingPosition(id: string | undefined, openedAtSentence: boolean): void {
  const { stateOf, change, states } = useLibrary();
  const restored = useRef<string | null>(null);
  const stored = id ? stateOf(id) : null;

  useEffect(() => {
    if (id && stored && !stored.read) change(id, { read: true });
  }, [id, stored, change]);

  useEffect(() => {
    if (!id || restored.current === id || !states.has(id)) return;
    restored.current = id;
    const position = states.get(id)?.position ?? 0;
    if (openedAtSentence || position < 0.01) return;
    const height = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, position * height);
  }, [id, states, openedAtSentence]);

  useEffect(() => {
    if (!id) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const height = document.documentElement.scrollHeight - window.innerHeight;
        if (height > 0) change(id, { position: Math.min(1, Math.max(0, window.scrollY / height)) });
      }, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [id, change]);
}
