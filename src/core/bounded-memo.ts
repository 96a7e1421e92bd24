/**
 * A pure function of a word, remembered: the stages meet the same words again and again (a collection repeats a few
 * thousand words millions of times), so each word is analysed once. The memory is bounded — emptied when `limit`
 * words are kept — so a long-running process (the app, a 100,000-article build) does not grow on an unusual
 * vocabulary. `maxKeyLength`: longer words are analysed each time and never kept (a piece cut from a text can be a view
 * that keeps the whole text alive; V8 copies substrings shorter than 13 code units).
 */
export function boundedMemo<V>(analyse: (word: string) => V, limit: number, maxKeyLength = Infinity): (word: string) => V {
  const kept = new Map<string, V>();
  return (word) => {
    if (word.length > maxKeyLength) return analyse(word);
    let value = kept.get(word);
    if (value === undefined && !kept.has(word)) {
      value = analyse(word);
      if (kept.size >= limit) kept.clear();
      kept.set(word, value);
    }
    return value as V;
  };
}
