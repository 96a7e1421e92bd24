import { highlight } from '../../core/search/terms.ts';

/** Text with the search's matched words marked; the words themselves are shown exactly as written. */
export function Highlighted({ text, terms }: { text: string; terms: Set<string> | undefined }) {
  if (!terms || terms.size === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.mark ? <mark key={i} className="rounded bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700">{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
