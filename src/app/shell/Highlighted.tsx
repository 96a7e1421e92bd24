import { useSearchResults } from './use-search-results.ts';

/**
 * Text with the search's matched words marked; the words themselves are shown exactly as written. Until the
 * search-text code is here (a moment, on the first search) the text is shown unmarked.
 */
export function Highlighted({ text, terms }: { text: string; terms: Set<string> | undefined }) {
  const search = useSearchResults(terms !== undefined && terms.size > 0);
  if (!terms || terms.size === 0 || !search) return <>{text}</>;
  return (
    <>
      {search.highlight(text, terms).map((segment, i) =>
        segment.mark ? <mark key={i} className="rounded bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700">{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
