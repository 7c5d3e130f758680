import { ActionIcon, Anchor, Box, Group, List, Loader, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { useOrgSlug } from '../api/queries';
import { useRules } from '../api/rulebook';
import type { UnitListItem } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { UnitBadges } from '../components/UnitBadges';
import { useI18n } from '../i18n/i18n';

const PAGE = 200;
const ROW_HEIGHT = 52;

interface Children {
  items: UnitListItem[];
  nextCursor: string | null;
}

type Row =
  | { type: 'unit'; unit: UnitListItem; level: number; pos: number; size: number; expanded: boolean; leaf: boolean }
  | { type: 'more'; parent: number | null; level: number }
  | { type: 'loading'; level: number };

const ROOT = 'root';
type NodeKey = number | typeof ROOT;

/**
 * The unit tree: children load when a node is opened (a page at a time), and only the rows on
 * screen are rendered, so a tree of a million units scrolls like one of ten.
 */
export default function TreePage() {
  const org = useOrgSlug();
  const { t } = useI18n();
  const rules = useRules(org);
  const queryClient = useQueryClient();
  const [children, setChildren] = useState<Map<NodeKey, Children>>(new Map());
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [loading, setLoading] = useState<Set<NodeKey>>(new Set());
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (parent: NodeKey, cursor?: string) => {
      setLoading((s) => new Set(s).add(parent));
      try {
        const page = await queryClient.fetchQuery({
          queryKey: [org, 'units', 'children', parent, cursor ?? null],
          queryFn: () =>
            unwrap(
              api.GET('/api/v1/orgs/{org}/units', {
                params: { path: { org }, query: { ...(parent === ROOT ? { topLevel: 'true' as const } : { parentId: parent }), limit: PAGE, ...(cursor ? { cursor } : {}) } },
              }),
            ),
        });
        setChildren((m) => {
          const next = new Map(m);
          const before = cursor ? (m.get(parent)?.items ?? []) : [];
          next.set(parent, { items: [...before, ...page.items], nextCursor: page.nextCursor });
          return next;
        });
      } catch (e) {
        setError(e);
      } finally {
        setLoading((s) => {
          const next = new Set(s);
          next.delete(parent);
          return next;
        });
      }
    },
    [org, queryClient],
  );

  useEffect(() => {
    setChildren(new Map());
    setExpanded(new Set());
    void load(ROOT);
  }, [load]);

  const toggle = (unit: UnitListItem) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(unit.id)) next.delete(unit.id);
      else {
        next.add(unit.id);
        if (!children.has(unit.id)) void load(unit.id);
      }
      return next;
    });
  };

  const rows = useMemo(() => {
    const out: Row[] = [];
    const walk = (key: NodeKey, level: number) => {
      const c = children.get(key);
      if (!c) {
        if (loading.has(key)) out.push({ type: 'loading', level });
        return;
      }
      c.items.forEach((unit, i) => {
        const isOpen = expanded.has(unit.id);
        out.push({ type: 'unit', unit, level, pos: i + 1, size: c.items.length, expanded: isOpen, leaf: unit.counts.subtreeUnits <= 1 });
        if (isOpen) walk(unit.id, level + 1);
      });
      if (c.nextCursor) out.push({ type: 'more', parent: key === ROOT ? null : key, level });
    };
    walk(ROOT, 1);
    return out;
  }, [children, expanded, loading]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const [focused, setFocused] = useState(0);
  const navigate = useNavigate();

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[focused];
    let next = focused;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, focused + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, focused - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (row?.type === 'unit' && e.key === 'ArrowRight' && !row.leaf && !row.expanded) toggle(row.unit);
    else if (row?.type === 'unit' && e.key === 'ArrowLeft' && row.expanded) toggle(row.unit);
    else if (row?.type === 'unit' && e.key === 'Enter') navigate(`/orgs/${org}/units/${row.unit.id}`);
    else return;
    e.preventDefault();
    setFocused(next);
    virtualizer.scrollToIndex(next);
  };

  return (
    <Stack>
      <Title order={1}>{t('tree.title')}</Title>
      <UnitSearch org={org} />
      <ProblemAlert error={error} />
      <Paper withBorder>
        <Box ref={scrollRef} h="min(70vh, 720px)" style={{ overflow: 'auto' }}>
          <div
            role="tree"
            aria-label={t('tree.title')}
            tabIndex={0}
            aria-activedescendant={rows[focused] ? `tree-row-${focused}` : undefined}
            onKeyDown={onKeyDown}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          >
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index];
              if (!row) return null;
              const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)`, paddingLeft: `calc(${row.level - 1} * 1.25rem + 0.5rem)` };
              if (row.type === 'loading') {
                return (
                  <Group key={v.key} style={style} role="none" gap="xs">
                    <Loader size="xs" aria-label={t('common.loading')} />
                  </Group>
                );
              }
              if (row.type === 'more') {
                return (
                  <Group key={v.key} style={style} role="none">
                    <UnstyledButton onClick={() => void load(row.parent ?? ROOT, children.get(row.parent ?? ROOT)?.nextCursor ?? undefined)} c="indigo.9" fz="sm" td="underline">
                      {t('tree.showMore')}
                    </UnstyledButton>
                  </Group>
                );
              }
              const u = row.unit;
              return (
                <Group
                  key={v.key}
                  id={`tree-row-${v.index}`}
                  role="treeitem"
                  aria-level={row.level}
                  aria-posinset={row.pos}
                  aria-setsize={row.size}
                  aria-expanded={row.leaf ? undefined : row.expanded}
                  aria-selected={focused === v.index}
                  style={{ ...style, borderBottom: '1px solid var(--mantine-color-gray-2)', background: focused === v.index ? 'var(--mantine-color-indigo-0)' : undefined }}
                  gap="xs"
                  wrap="nowrap"
                >
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    onClick={() => toggle(u)}
                    disabled={row.leaf}
                    aria-label={row.expanded ? t('tree.collapse', { name: u.name }) : t('tree.expand', { name: u.name })}
                    tabIndex={-1}
                  >
                    <span aria-hidden="true">{row.leaf ? '·' : row.expanded ? '▾' : '▸'}</span>
                  </ActionIcon>
                  <Box style={{ minWidth: 0, flex: 1 }}>
                    <Group gap={6} wrap="nowrap">
                      <Anchor component={Link} to={`/orgs/${org}/units/${u.id}`} fw={500} truncate="end" tabIndex={-1}>
                        {u.name}
                      </Anchor>
                      <UnitBadges rules={rules} kind={u.kind} directMembers={u.counts.directMembers} vacantOffices={u.vacantOffices} />
                    </Group>
                    <Text size="xs" c="dimmed" truncate="end">
                      {rules?.kindName(u.kind) ?? u.kind} · {u.code} · {t('tree.counts', { direct: u.counts.directMembers, members: u.counts.subtreeMembers, units: u.counts.subtreeUnits })}
                    </Text>
                  </Box>
                </Group>
              );
            })}
          </div>
        </Box>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('tree.keyboard')}
      </Text>
    </Stack>
  );
}

function UnitSearch({ org }: { org: string }) {
  const { t } = useI18n();
  const rules = useRules(org);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const results = useQuery({
    queryKey: [org, 'units', 'search', debounced],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/units', { params: { path: { org }, query: { q: debounced, limit: 20 } } })),
    enabled: debounced.length >= 1,
  });
  return (
    <Stack gap="xs">
      <TextInput label={t('tree.search')} description={t('tree.searchHelp')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" />
      {debounced.length >= 1 && (
        <Paper withBorder p="xs" aria-live="polite">
          {results.isPending ? (
            <Loader size="xs" aria-label={t('common.loading')} />
          ) : results.error ? (
            <ProblemAlert error={results.error} />
          ) : results.data.items.length === 0 ? (
            <Text size="sm">{t('tree.noResults')}</Text>
          ) : (
            <List listStyleType="none" spacing={4} aria-label={t('tree.results')}>
              {results.data.items.map((u) => (
                <List.Item key={u.id}>
                  <Anchor component={Link} to={`/orgs/${org}/units/${u.id}`}>
                    {u.name}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    {rules?.kindName(u.kind) ?? u.kind} · {u.code}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      )}
    </Stack>
  );
}
