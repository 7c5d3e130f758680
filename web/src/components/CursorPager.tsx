import { Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface CursorPages {
  /** The cursor of the page shown (undefined: the first page). */
  cursor: string | undefined;
  /** 1-based number of the page shown. */
  page: number;
  next(cursor: string): void;
  previous(): void;
  /** Back to the first page, e.g. when a filter changes. */
  reset(): void;
}

/** The API pages lists by cursor: keeps the cursors seen, so "Previous" goes back without asking twice. */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const reset = useCallback(() => setCursors([undefined]), []);
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    next: (cursor) => setCursors((c) => [...c, cursor]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    reset,
  };
}

/** Previous / page n / Next for a cursor-paged list; hidden when one page holds it all, unless `always`. */
export function CursorPager({ pages, nextCursor, always = false }: { pages: CursorPages; nextCursor: string | null | undefined; always?: boolean }) {
  const { t } = useI18n();
  if (!always && pages.page <= 1 && !nextCursor) return null;
  return (
    <Group justify="space-between">
      <Button variant="default" size="xs" disabled={pages.page <= 1} onClick={pages.previous}>
        {t('common.previous')}
      </Button>
      <Text size="sm">{t('common.page', { n: pages.page })}</Text>
      <Button variant="default" size="xs" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('common.next')}
      </Button>
    </Group>
  );
}
