import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { useArticle } from '../bundle/use-articles.ts';
import { useRelated } from '../bundle/use-related.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { ArticleState } from '../shell/ArticleState.tsx';
import { useLibrary } from '../state/use-library.tsx';
import { useReadingPosition } from '../state/use-reading-position.ts';
import { FONT_STEPS } from '../state/settings-store.ts';
import { useSettings } from '../state/use-settings.tsx';
import { ItemMeta } from '../shell/ItemMeta.tsx';
import { NotFound } from '../shell/NotFound.tsx';
import { isTypingTarget } from '../shell/keyboard.ts';
import { AnnotatedParagraph } from './AnnotatedParagraph.tsx';
import { linkedMentions } from './annotate.ts';
import { RemovedDisclosure } from './RemovedDisclosure.tsx';
import { splitParagraphs } from './paragraphs.ts';
import { articlePath, comparePath, storyPath } from '../shell/paths.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { ArticleEvents } from './ArticleEvents.tsx';


export function ArticlePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { stories, items, itemById } = useBundle();
  const { settings, update } = useSettings();
  // ?at=START: a timeline event points at the sentence that states it; its paragraph is marked and scrolled to.
  const [params] = useSearchParams();
  const at = Number(params.get('at') ?? NaN);
  const { stateOf, change } = useLibrary();
  const item = itemById.get(id);
  // The text is in the article's content shard, fetched by the data worker (at once when it is here already).
  const result = useArticle(item ? id : null);
  const full = result?.ok ? result.item : undefined;
  const linked = useMemo(() => (full ? linkedMentions(full._riwaya.mentions, full._riwaya.dates) : new Set<number>()), [full]);
  const index = item ? item.doc : -1;
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 && index < items.length - 1 ? items[index + 1] : undefined;

  // j/k, and the arrow keys as they point in the reading direction: in RTL the left arrow goes forward.
  // One listener for the page's lifetime, registered before paint. It finds the current article from the address
  // at the moment of the key press, so a quick second press after a navigation never acts on the previous article.
  const rtl = i18n.dir() === 'rtl';
  const keys = useRef({ items, rtl });
  useLayoutEffect(() => {
    keys.current = { items, rtl };
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const { items: ordered, rtl: rightToLeft } = keys.current;
      // event.code as well, so j/k work on an Arabic keyboard layout too (where they type ت/ن).
      const forward = event.key === 'j' || event.code === 'KeyJ' || event.key === (rightToLeft ? 'ArrowLeft' : 'ArrowRight');
      const backward = event.key === 'k' || event.code === 'KeyK' || event.key === (rightToLeft ? 'ArrowRight' : 'ArrowLeft');
      if (!forward && !backward) return;
      const currentId = decodeURIComponent(window.location.pathname.replace(/^.*\/article\//, ''));
      const at = ordered.findIndex((candidate) => candidate.id === currentId);
      const target = at === -1 ? undefined : ordered[at + (forward ? 1 : -1)];
      if (target) {
        event.preventDefault();
        void navigate(articlePath(target.id));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    const target = document.querySelector('[data-target]');
    if (target) target.scrollIntoView({ block: 'center' });
    else window.scrollTo(0, 0);
  }, [id, at]);
  useReadingPosition(full, !Number.isNaN(at));
  // Scored over the whole collection (by the data worker in a large one), once the text has come (or failed): the
  // worker fetches the text first, and the reader reads it first.
  const relatedIds = useRelated(item && result !== undefined ? id : null);

  if (!item) return <NotFound message={t('notFound.article', { id })} />;
  const related = (relatedIds ?? []).flatMap((other) => itemById.get(other) ?? []);
  const story = item.story ? stories.find((s) => s.id === item.story) : undefined;
  const stepIndex = FONT_STEPS.indexOf(settings.fontStep as (typeof FONT_STEPS)[number]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article lang="ar" dir="rtl" className="mx-auto w-full max-w-[70ch]" data-testid="article">
        <PageTitle page={item.title} />
        <h1 className="mb-2 font-naskh text-3xl font-bold leading-snug">{item.title}</h1>
        <ItemMeta item={item} />
        {full ? (
          <>
            {full._riwaya.title_source === 'derived' && <p className="text-xs text-muted" lang={i18n.language} dir={i18n.dir()}>{t('article.titleDerived')}</p>}
            <div className="reading mt-6 font-naskh leading-[1.8]" data-testid="article-text">
              {splitParagraphs(full).map((p) =>
                p.heading ? (
                  <h2 key={p.start} className="mb-3 mt-6 text-[1.15em] font-bold">{p.text}</h2>
                ) : (
                  <AnnotatedParagraph key={p.start} item={full} paragraph={p} target={at >= p.start && at < p.start + p.text.length} linked={linked} />
                ),
              )}
            </div>
            <div lang={i18n.language} dir={i18n.dir()}>
              <RemovedDisclosure item={full} />
            </div>
          </>
        ) : (
          <div lang={i18n.language} dir={i18n.dir()}>
            <ArticleState result={result} />
          </div>
        )}
      </article>
      <aside className="space-y-6 text-sm" aria-label={t('article.aside')}>
        <div className="flex flex-wrap gap-2">
          <button type="button" aria-pressed={stateOf(full ?? item).saved} disabled={!full} onClick={() => full && change(full, { saved: !stateOf(full).saved })} className="rounded border border-accent px-3 py-1 aria-pressed:bg-accent aria-pressed:text-paper" data-testid="save-toggle">
            {stateOf(full ?? item).saved ? t('library.saved') : t('library.save')}
          </button>
          <button type="button" onClick={() => full && change(full, { read: false })} className="rounded border border-rule px-3 py-1" disabled={!full || !stateOf(full).read}>
            {t('library.markUnread')}
          </button>
        </div>
        <div role="group" aria-label={t('article.textSize')} className="flex items-center gap-2">
          <span>{t('article.textSize')}</span>
          <button type="button" className="rounded border border-rule px-2" disabled={stepIndex <= 0} onClick={() => update({ fontStep: FONT_STEPS[stepIndex - 1] })} aria-label={t('article.smaller')}>
            −
          </button>
          <button type="button" className="rounded border border-rule px-2" disabled={stepIndex >= FONT_STEPS.length - 1} onClick={() => update({ fontStep: FONT_STEPS[stepIndex + 1] })} aria-label={t('article.larger')}>
            +
          </button>
        </div>
        <nav aria-label={t('article.sequence')} className="flex justify-between gap-2">
          {previous ? <Link to={articlePath(previous.id)} rel="prev" className="text-accent underline">{t('article.previous')}</Link> : <span />}
          {next ? <Link to={articlePath(next.id)} rel="next" className="text-accent underline">{t('article.next')}</Link> : <span />}
        </nav>
        {story && (
          <p data-testid="story-link">
            <span className="font-semibold">{t('article.story')}: </span>
            <Link to={storyPath(story.id)} className="font-naskh text-accent underline" lang="ar" dir="rtl">{story.title}</Link>
          </p>
        )}
        {/* In the page's own chunk (about 1 KB): the build prerenders it, so hydration finds it in place. */}
        {full && <ArticleEvents item={full} />}
        {related.length > 0 && (
          <section>
            <h2 className="mb-2 font-semibold">{t('article.related')}</h2>
            <ul className="space-y-3" data-testid="related">
              {related.map((other) => (
                <li key={other.id}>
                  <Link to={articlePath(other.id)} className="font-naskh hover:underline" lang="ar" dir="rtl">{other.title}</Link>
                  <ItemMeta item={other} />
                  <Link to={comparePath([item.id, other.id])} className="text-accent underline">
                    {t('article.compareWith')}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {full && <Provenance item={full} />}
      </aside>
    </div>
  );
}

function Provenance({ item }: { item: BundleItem }) {
  const { t } = useTranslation();
  return (
    <dl className="text-muted">
      <dt className="font-semibold">{t('article.source')}</dt>
      <dd dir="ltr" className="break-all text-start"><bdi>{item._riwaya.source_file}</bdi></dd>
      {item.url && (
        <>
          <dt className="mt-2 font-semibold">{t('article.original')}</dt>
          <dd className="break-all">
            {/* A link only to a web page: the address comes from the bundle (untrusted), and javascript: or data: is none. */}
            {/^https?:\/\//i.test(item.url) ? (
              <a href={item.url} rel="noopener noreferrer nofollow" className="underline" dir="ltr" translate="no">{item.url}</a>
            ) : (
              <bdi dir="ltr" translate="no">{item.url}</bdi>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

