/**
 * /import: a reader's own articles through the CLI's pipeline, in a Web Worker (import-client.ts): files, a folder,
 * a drop or a pasted text; progress with Cancel; the report (kept, skipped with the reason); the articles imported,
 * with their people, and their download as a JSON Feed 1.1 file (the v1 bundle); "read them here" opens them in
 * this tab in place of the bundled articles (load-bundle.ts readInstead), so every page reads, searches and compares
 * them. The last import is kept on this device (kept-import.ts) and offered again after a reload: read or delete.
 * Every text from a file is rendered as text.
 */
import { startTransition, useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BundleLoadError, readInstead } from '../bundle/load-bundle.ts';
import { openImported } from '../bundle/open-imported.ts';
import { addArabicPages } from '../i18n/ar-pages.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { useFormat } from '../shell/use-format.ts';
import { useMounted } from '../shell/use-mounted.ts';
import { droppedFiles } from './dropped-files.ts';
import { chosenFiles, ImportClient } from './import-client.ts';
import type { ImportAnswer, WorkerInput } from './import-messages.ts';
import type { ImportedArticle, ImportProgress, ImportReport } from './run-import.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { forgetImport, keepImport, keptImport, type KeptImport } from './kept-import.ts';
import type { StoreResult } from '../state/library-store.ts';

addArabicPages();

type State =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress | null; cancelling: boolean }
  | { phase: 'done'; report: ImportReport; articles: ImportedArticle[]; feed: Blob; keeping: Keeping }
  | { phase: 'empty'; report: ImportReport }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

const button = 'rounded bg-accent px-4 py-1.5 text-paper disabled:opacity-50';
const secondary = 'rounded border border-rule px-4 py-1.5 hover:bg-rule disabled:opacity-50';

function Progress({ progress, cancelling, onCancel }: { progress: ImportProgress | null; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-6 rounded border border-rule p-4" data-testid="import-progress">
      <h2 id={id} className="mb-2 font-semibold">
        {t('import.progressLabel')}
      </h2>
      <p className="mb-2" aria-live="polite">
        {progress ? `${t(`import.stage.${progress.stage}`)} — ${t('import.progress', { done: number(progress.done), total: number(progress.total) })}` : t('import.stage.reading')}
      </p>
      <progress className="mb-2 block w-full" max={progress?.total || 1} value={progress?.done ?? 0} aria-labelledby={id} />
      {progress?.file && (
        <p className="mb-2 text-sm text-muted">
          <bdi>{progress.file}</bdi>
        </p>
      )}
      <button type="button" className={secondary} onClick={onCancel} disabled={cancelling} data-testid="import-cancel">
        {t('import.cancel')}
      </button>
    </section>
  );
}

/** Articles added to the list a commit at a time: 544 at once were one task of 160–190 ms of the page's main thread, 100 at a time 75 ms when the machine is busy. */
const ROWS_PER_COMMIT = 25;

/**
 * "Read them here": the imported bundle opened in a data worker of its own (checked as any bundle), then read in this
 * tab in place of the bundled articles; a failure says why.
 */
function ReadButton({ feed }: { feed: Blob }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opening, setOpening] = useState<'idle' | 'opening' | { problems: string[] }>('idle');
  // A reader who leaves the page while the articles open is not taken to them once they are.
  const shown = useMounted();
  const read = () => {
    if (opening === 'opening') return;
    setOpening('opening');
    openImported(feed).then(
      (loaded) => {
        if (!shown.current) return loaded.dispose?.();
        readInstead(loaded);
        void navigate('/');
      },
      (error: unknown) => setOpening({ problems: error instanceof BundleLoadError ? error.problems : [String(error)] }),
    );
  };
  return (
    <>
      <button type="button" className={button} onClick={read} aria-disabled={opening === 'opening' || undefined} data-testid="import-read">
        {opening === 'opening' ? t('import.opening') : t('import.read')}
      </button>
      {typeof opening === 'object' && (
        <div role="alert" className="basis-full text-sm" data-testid="import-read-failed">
          <p>{t('import.readFailed')}</p>
          <ul className="list-disc ps-6 font-mono text-xs" dir="ltr">
            {opening.problems.slice(0, 5).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Whether the import just made is kept on this device (kept-import.ts), or why not. */
type Keeping = 'keeping' | 'kept' | { failed: string };

function Result({ articles, feed, keeping }: { articles: ImportedArticle[]; feed: Blob; keeping: Keeping }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(ROWS_PER_COMMIT);
  useEffect(() => {
    if (shown >= articles.length) return;
    const timer = setTimeout(() => setShown((n) => n + ROWS_PER_COMMIT), 0);
    return () => clearTimeout(timer);
  }, [shown, articles.length]);
  const download = () => {
    const url = URL.createObjectURL(feed);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'riwaya-import.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section aria-labelledby="import-result" className="mb-6">
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <h2 id="import-result" className="text-xl font-semibold">
          {t('import.result')}
        </h2>
        <ReadButton feed={feed} />
        <button type="button" className={secondary} onClick={download} data-testid="import-download">
          {t('import.download')}
        </button>
      </div>
      <p className="mb-3 text-sm text-muted" role="status" data-testid="import-keeping">
        {keeping === 'keeping' ? null : keeping === 'kept' ? (
          t('import.keptNow')
        ) : (
          <>
            {t('import.keepFailed')} <bdi dir="ltr">{keeping.failed}</bdi>
          </>
        )}
      </p>
      <ul className="space-y-3" data-testid="import-articles">
        {articles.slice(0, shown).map((article) => (
          <li key={article.id} className="border-b border-rule pb-2" data-testid="import-article">
            <p className="font-naskh text-lg font-semibold" lang="ar" dir="auto" data-testid="import-article-title">
              {article.title}
            </p>
            {article.people.length > 0 && (
              <p className="text-sm">
                <span className="text-muted">{t('import.people')}: </span>
                {article.people.map((name, i) => (
                  <span key={name}>
                    {i > 0 && '، '}
                    <bdi lang="ar" data-testid="import-person">
                      {name}
                    </bdi>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The import kept on this device: how many articles and on what day, to read again or delete; a record that cannot
 * be read is said so, and can be deleted. After a delete the page's heading takes the focus and a line says so.
 */
function KeptSection({ kept, onDeleted }: { kept: StoreResult<KeptImport>; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { number, date } = useFormat();
  const [failed, setFailed] = useState<string | null>(null);
  const remove = () => {
    void forgetImport().then((result) => {
      if (!result.ok) return setFailed(result.reason);
      onDeleted();
      document.querySelector<HTMLElement>('main h1')?.focus();
    });
  };
  return (
    <section aria-labelledby="import-kept-title" className="mb-6 rounded border border-rule p-4" data-testid="import-kept-section">
      <h2 id="import-kept-title" className="mb-2 text-xl font-semibold">
        {t('import.keptTitle')}
      </h2>
      <p className="mb-3" data-testid="import-kept-summary">
        {kept.ok ? (
          t('import.keptSummary', { count: kept.value.articles, formatted: number(kept.value.articles), date: date({ value: kept.value.day, precision: 'day' }) })
        ) : (
          <>
            {t('import.keptUnreadable')} <bdi dir="ltr">{kept.reason}</bdi>
          </>
        )}
      </p>
      <p className="mb-3 text-sm text-muted">{t('import.keptReplaced')}</p>
      <div className="flex flex-wrap items-center gap-4">
        {kept.ok && <ReadButton feed={kept.value.feed} />}
        <button type="button" className={secondary} onClick={remove} data-testid="import-kept-delete">
          {t('import.delete')}
        </button>
      </div>
      {failed !== null && (
        <p role="alert" className="mt-2 text-sm">
          {t('import.deleteFailed')} <bdi dir="ltr">{failed}</bdi>
        </p>
      )}
    </section>
  );
}

/**
 * A file input whose browser button looks like a button in both themes (Tailwind's preflight leaves it as bare text:
 * walk-through of the production build).
 */
/**
 * A file input shown as a button in the page's language: the browser's own button and its "No file chosen" speak the
 * browser's language, so the input is visually hidden (still focusable, and the label opens it) and the label draws
 * the button, with the input's focus ring.
 */
const FILE_INPUT = 'peer sr-only';
const FILE_BUTTON = 'inline-block cursor-pointer rounded border border-rule bg-paper px-3 py-1 text-sm hover:bg-rule peer-focus-visible:outline-2 peer-focus-visible:outline-accent peer-disabled:cursor-not-allowed peer-disabled:opacity-50';

export function ImportPage() {
  const { t } = useTranslation();
  const client = useRef<ImportClient | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const running = state.phase === 'running';
  /**
   * The import kept on this device (kept-import.ts): 'loading' until read, null when there is none (or it was
   * deleted), or the record read (a failure when it cannot be read). Once this page keeps or deletes one, the first
   * read, if it comes later, is out of date.
   */
  const [kept, setKept] = useState<'loading' | StoreResult<KeptImport> | null>('loading');
  const [deleted, setDeleted] = useState(false);
  const changed = useRef(false);
  const keptNow = (value: StoreResult<KeptImport> | null) => {
    changed.current = true;
    setKept(value);
  };

  useEffect(() => () => client.current?.dispose(), []);
  useEffect(() => {
    void keptImport().then((result) => {
      if (!changed.current) setKept(result.ok ? (result.value === null ? null : { ok: true, value: result.value }) : result);
    });
  }, []);

  const start = (input: WorkerInput, files: { path: string; file: File }[] = []) => {
    client.current ??= new ImportClient();
    setState({ phase: 'running', progress: null, cancelling: false });
    void client.current.start(input, files, (answer: ImportAnswer) => {
      switch (answer.type) {
        case 'progress':
          setState((s) => (s.phase === 'running' ? { ...s, progress: answer.progress } : s));
          return;
        case 'done': {
          // A transition: React renders a long list in slices that leave the main thread free between them.
          startTransition(() => setState({ phase: 'done', report: answer.report, articles: answer.articles, feed: answer.feed, keeping: 'keeping' }));
          // Kept on this device in place of the import kept before: read again after a reload, or offline.
          const { feed } = answer;
          void keepImport(feed, answer.articles.length).then((result) => {
            setState((s) => (s.phase === 'done' && s.feed === feed ? { ...s, keeping: result.ok ? 'kept' : { failed: result.reason } } : s));
            if (result.ok) keptNow(result);
          });
          return;
        }
        case 'empty':
          setState({ phase: 'empty', report: answer.report });
          return;
        case 'cancelled':
          setState({ phase: 'cancelled' });
          return;
        case 'failed':
          setState({ phase: 'failed', message: answer.message });
      }
    });
  };

  const startFiles = (files: { path: string; file: File }[]) => {
    if (files.length === 0 || running) return;
    start({ kind: 'files' }, files);
  };

  /** A file input's choice, and the input emptied: choosing the same files again (edited since) imports them again. */
  const onChosen = (input: HTMLInputElement) => {
    const files = chosenFiles(input.files);
    input.value = '';
    startFiles(files);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(startFiles);
  };

  const onPaste = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!running && /\S/.test(text)) start({ kind: 'text', title, text });
  };

  const cancel = () => {
    client.current?.cancel();
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
  };

  const field = 'w-full rounded border border-rule bg-paper px-3 py-1.5';
  return (
    <section className="max-w-3xl">
      <PageTitle page={t('import.title')} />
      <h1 className="mb-3 text-3xl font-bold" tabIndex={-1}>{t('import.title')}</h1>
      <p className="mb-6 text-muted">{t('import.intro')}</p>

      <div
        className={`mb-6 rounded border-2 border-dashed p-4 ${dragging ? 'border-accent bg-rule' : 'border-rule'}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <h2 className="mb-3 font-semibold">{t('import.choose')}</h2>
        <div className="mb-3 grid gap-4 sm:grid-cols-2">
          <label className="block">
            <span className="mb-1 block">{t('import.files')}</span>
            <input type="file" multiple accept=".txt,.json,text/plain,application/json" disabled={running} onChange={(e) => onChosen(e.currentTarget)} data-testid="import-files" className={FILE_INPUT} />
            <span className={FILE_BUTTON} aria-hidden="true" data-testid="import-files-button">{t('import.chooseFiles')}</span>
          </label>
          <label className="block">
            <span className="mb-1 block">{t('import.folder')}</span>
            <input
              type="file"
              // The folder picker: not in React's typings (a non-standard attribute every current browser has).
              {...{ webkitdirectory: '' }}
              disabled={running}
              onChange={(e) => onChosen(e.currentTarget)}
              data-testid="import-folder"
              className={FILE_INPUT}
            />
            <span className={FILE_BUTTON} aria-hidden="true" data-testid="import-folder-button">{t('import.chooseFolder')}</span>
          </label>
        </div>
        <p className="text-sm text-muted">{t('import.filesHelp')}</p>
        <p className="mt-2 text-sm text-muted">{t('import.drop')}</p>
      </div>


      {state.phase === 'running' && <Progress progress={state.progress} cancelling={state.cancelling} onCancel={cancel} />}
      <div aria-live="polite" data-testid="import-status">
        {state.phase === 'cancelled' && <p className="mb-4 rounded border border-rule p-3">{t('import.cancelled')}</p>}
        {state.phase === 'failed' && (
          <p role="alert" className="mb-4 rounded border border-accent p-3">
            {t('import.failed', { message: state.message })}
          </p>
        )}
        {state.phase === 'empty' && (
          <p role="alert" className="mb-4 rounded border border-accent p-3">
            {t('import.empty')}
          </p>
        )}
      </div>
      {(state.phase === 'done' || state.phase === 'empty') && <ImportReportView report={state.report} />}
      {state.phase === 'done' && <Result articles={state.articles} feed={state.feed} keeping={state.keeping} />}
      {/* data-kept says when the kept import has been looked for (tests wait for it). */}
      <div data-testid="import-kept-state" data-kept={kept === 'loading' ? 'loading' : kept === null ? 'none' : kept.ok ? 'kept' : 'unreadable'}>
        {state.phase !== 'done' && state.phase !== 'running' && kept !== 'loading' && kept !== null && (
          <KeptSection
            kept={kept}
            onDeleted={() => {
              keptNow(null);
              setDeleted(true);
            }}
          />
        )}
        <p role="status" className="text-sm" data-testid="import-kept-deleted">
          {deleted && kept === null ? t('import.deleted') : null}
        </p>
      </div>

      <form onSubmit={onPaste} className="mb-6 rounded border border-rule p-4" aria-labelledby="import-paste">
        <h2 id="import-paste" className="mb-3 font-semibold">
          {t('import.paste')}
        </h2>
        <label className="mb-3 block">
          <span className="mb-1 block">{t('import.pasteTitle')}</span>
          <input type="text" className={field} value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" data-testid="import-paste-title" />
        </label>
        <label className="mb-3 block">
          <span className="mb-1 block">{t('import.pasteText')}</span>
          <textarea className={`${field} h-40 font-naskh`} value={text} onChange={(e) => setText(e.target.value)} dir="auto" data-testid="import-paste-text" />
        </label>
        <button type="submit" className={button} disabled={running || !/\S/.test(text)} data-testid="import-paste-submit">
          {t('import.pasteSubmit')}
        </button>
      </form>
    </section>
  );
}
