import { Link } from 'react-router';
import type { FactRow } from '../../core/align/facts.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { entityPath } from './paths.ts';

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
  return <span className="rounded border border-rule px-2 py-0.5 text-sm" data-fact={row.kind}><bdi lang="ar">{texts[first.article]!.slice(first.start, first.end)}</bdi></span>;
}
