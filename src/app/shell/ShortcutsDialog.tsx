import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

// One key per row where a pair would be read in two directions: "j / k" beside "التالية / السابقة" paired k with
// "next" when read right to left.
const SHORTCUTS = [
  ['/', 'shortcuts.search'],
  ['?', 'shortcuts.help'],
  ['j', 'article.next'],
  ['k', 'article.previous'],
  ['← / →', 'shortcuts.arrows'],
  ['↓ / ↑  Home  End', 'shortcuts.listRows'],
  ['Esc', 'shortcuts.close'],
] as const;

function ShortcutsDialogView({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const { t } = useTranslation();
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-title" className="m-auto max-w-md rounded border border-rule bg-paper p-6 text-ink backdrop:bg-black/40" data-testid="shortcuts">
      <h2 id="shortcuts-title" className="mb-4 text-xl font-bold">{t('shortcuts.title')}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([keys, label]) => (
          <div key={keys} className="contents">
            <dt><kbd className="rounded border border-rule px-1.5 font-mono" dir="ltr">{keys}</kbd></dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 text-end">
        <button className="rounded bg-accent px-4 py-1.5 text-paper">{t('shortcuts.closeButton')}</button>
      </form>
    </dialog>
  );
}

/** Drawn again only when its ref changes (never): the layout around every page is drawn on each navigation, and this dialog was ~9 ms of it (68-article build, a search, unminified, CPU profile). */
export const ShortcutsDialog = memo(ShortcutsDialogView);
