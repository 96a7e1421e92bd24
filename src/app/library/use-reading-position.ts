import { useEffect, useRef } from 'react';
import { useLibrary } from './use-library.tsx';

/**
 * Once the library is loaded: marks an article read when it is opened (once per opening, so "mark as unread"
 * sticks), restores where the reader left it (unless the page was opened at a particular sentence) and remembers
 * the position as they scroll.
 */
export function useReadingPosition(id: string | undefined, openedAtSentence: boolean): void {
  const { loaded, states, change } = useLibrary();
  const opened = useRef<string | null>(null);

  useEffect(() => {
    if (!id || !loaded || opened.current === id) return;
    opened.current = id;
    const stored = states.get(id);
    if (!stored?.read) change(id, { read: true });
    const position = stored?.position ?? 0;
    if (openedAtSentence || position < 0.01) return;
    window.scrollTo(0, position * (document.documentElement.scrollHeight - window.innerHeight));
  }, [id, loaded, states, change, openedAtSentence]);

  useEffect(() => {
    if (!id || !loaded) return;
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
  }, [id, loaded, change]);
}
