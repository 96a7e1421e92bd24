import { Link } from 'react-router';
import type { FactRow } from '../../core/align/facts.ts';
import { ANY_DIGIT } from '../../core/normalize.ts';
import { toPublished } from '../../core/published.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { entityPath } from './paths.ts';
import { useFormat } from './use-format.ts';

/**
 * One fact as a chip: a person, place or organization (by its name) links to its page; a count or a date is shown as
 * the first report that states it words it (`texts`: the reports' texts, in the facts' article order).
 */
export function FactChip({ row, texts }: { row: FactRow; texts: readonly string[] }) {
  const { entityById } = useBundle();
  if (row.kind === 'entity') {
    return (
      <Link to={entityPath(row.key)} className="rounded bg-rule px-2 py-0.5 text-sm hover:underline"><bdi lang="ar">{entityById.get(row.key)?.name ?? row.key}</bdi></Link>
    );
  }
  const first = row.occurrences[0]!;
  const wording = texts[first.article]!.slice(first.start, first.end);
  return (
    <span className="rounded border border-rule px-2 py-0.5 text-sm" data-fact={row.kind}>
      <bdi lang="ar">{wording}</bdi>
      {row.kind === 'date' && !ANY_DIGIT.test(wording) && <ResolvedDate value={row.key} />}
    </span>
  );
}

/**
 * The day a date worded without numbers stands for ("السبت", "الشهر الماضي": resolved against the report's own date),
 * in the reader's language and calendar: the chip says which Saturday the reports agree on.
 */
function ResolvedDate({ value }: { value: string }) {
  const { date } = useFormat();
  const published = toPublished(value);
  return published && <span className="ms-1 text-muted" data-testid="fact-date">({date(published)})</span>;
}
