import { useTranslation } from 'react-i18next';
import type { RangeNote } from '../bundle/filters.ts';
import { isolate } from './isolate.ts';
import { useFormat } from './use-format.ts';


/** Says how a range from the address was read, when it could not be read as written (filters.ts readRange). */
export function RangeNotes({ notes, from, to }: { notes: RangeNote[]; from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const { date, month } = useFormat();
  if (notes.length === 0) return null;
  return (
    <ul className="mb-3 space-y-1 border-s-4 border-accent ps-3 text-sm" data-testid="range-notes">
      {notes.map((note) => (
        <li key={note.code === 'inverted' ? note.code : `${note.code}-${note.bound}`} data-note={note.code}>
          {note.code === 'day'
            ? t('filters.rangeNote.day', { given: date({ value: note.given, precision: 'day' }), month: month(note.given.slice(0, 7)) })
            : note.code === 'inverted'
              ? t('filters.rangeNote.inverted', { from: from ? month(from) : '', to: to ? month(to) : '' })
              : t('filters.rangeNote.invalid', { given: isolate(note.given) })}
        </li>
      ))}
    </ul>
  );
}
