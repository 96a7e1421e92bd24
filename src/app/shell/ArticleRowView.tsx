import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../bundle/load-bundle.ts';
import { ItemMeta } from './ItemMeta.tsx';
import { articlePath, entityPath, storyPath } from './paths.ts';
import { useFormat } from './use-format.ts';
import type { rowAttributes } from './VirtualList.tsx';

interface Props {
  item: ListItem;
  /** The people named on the row, most mentioned first. */
  people: ReadonlyArray<{ id: string; name: string }>;
  /** The title as drawn (with a search's highlights, or plain). */
  title: ReactNode;
  saved: boolean;
  read: boolean;
  /** The two-line lead, or its placeholder while the article's text comes. */
  lead: ReactNode;
  /** The story the article belongs to, when other reports of it are in the collection: a link with their count. */
  story?: { id: string; reports: number; outlets: number } | null;
  /** A virtual list's placement of the row (VirtualList rowAttributes); none in a plain list. */
  placement?: ReturnType<typeof rowAttributes>;
}

/**
 * One article of a list as the home page draws it: title, outlet and date, marks, lead, the people it names. A virtual
 * list moves its rows as it measures them: the row's content is drawn again only when its own props change (given
 * stable `people`, `title` and `lead`), not when its place does.
 */
export function ArticleRowView({ placement, ...content }: Props) {
  return (
    // A row of a long list is drawn only near the viewport anyway: content-visibility would only delay its measure.
    <li className={placement ? 'py-4' : 'article-row py-4'} data-testid="article-row" data-id={content.item.id} {...placement}>
      <RowContent {...content} />
    </li>
  );
}

const RowContent = memo(function RowContent({ item, people, title, saved, read, lead, story }: Omit<Props, 'placement'>) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <>
      <h2 className={`font-naskh text-xl leading-snug ${read ? 'font-normal' : 'font-semibold'}`} lang="ar" dir="rtl">
        <Link to={articlePath(item.id)} className="hover:underline">
          {title}
        </Link>
      </h2>
      <ItemMeta item={item} />
      {(saved || read) && (
        <p className="text-xs text-muted">
          {saved && <span className="me-2 rounded bg-accent px-1.5 text-paper" data-testid="saved-badge">{t('library.saved')}</span>}
          {read && <span>{t('library.read')}</span>}
        </p>
      )}
      {lead}
      {story && (
        <p className="mt-1 text-sm" data-testid="row-story">
          <Link to={storyPath(story.id)} className="text-accent hover:underline">
            {t('home.inStory', {
              reports: t('home.reports', { count: story.reports, formatted: number(story.reports) }),
              outlets: t('home.outlets', { count: story.outlets, formatted: number(story.outlets) }),
            })}
          </Link>
        </p>
      )}
      {people.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-muted">{t('home.people')}: </span>
          {people.map((p, i) => (
            <span key={p.id}>
              {i > 0 && t('home.listSeparator')}
              <Link to={entityPath(p.id)} className="hover:underline"><bdi lang="ar">{p.name}</bdi></Link>
            </span>
          ))}
        </p>
      )}
    </>
  );
});

/** The lead's two lines kept empty while the text comes, so the row does not grow under the reader (or a list's measure). */
export function LeadPending() {
  return <p className="mt-1 min-h-[2lh] font-naskh" aria-hidden="true" data-testid="lead-pending" />;
}
