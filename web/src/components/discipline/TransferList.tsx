import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Transfer } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ProblemAlert } from '../ProblemAlert';
import { transferStateLabel } from './labels';
import { MeetingRefInput, meetingRefOrNull, StepModal } from './StepModal';
import { CursorPager, useCursorPages } from '../CursorPager';

type Decision = { transfer: Transfer; action: 'receive' | 'return' | 'cancel' };
const PAGE = 50;

/**
 * Two-sided transfers from or to a unit's subtree (or every unit the user may read): the receiving
 * unit receives or returns, the sending unit may cancel while it is open. Open ones are shown first.
 */
export function TransferList({ org, unitId }: { org: string; unitId?: number | undefined }) {
  const { t, date } = useI18n();
  const [which, setWhich] = useState<'sent' | 'all'>('sent');
  const [decision, setDecision] = useState<Decision | null>(null);
  const pages = useCursorPages();
  const cursor = pages.cursor;
  const transfers = useQuery({
    queryKey: [org, 'transfers', unitId ?? null, which, cursor ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/orgs/{org}/transfers', { params: { path: { org }, query: { ...(unitId ? { within: unitId } : {}), ...(which === 'sent' ? { state: 'sent' as const } : {}), limit: PAGE, ...(cursor ? { cursor } : {}) } } })),
  });
  const items = transfers.data?.items ?? [];
  const direction = (x: Transfer): 'in' | 'out' | null => (unitId === undefined ? null : x.toUnitId === unitId ? 'in' : x.fromUnitId === unitId ? 'out' : null);

  return (
    <Stack>
      <SegmentedControl
        w="fit-content"
        aria-label={t('transfers.show')}
        value={which}
        onChange={(v) => {
          setWhich(v === 'all' ? 'all' : 'sent');
          pages.reset();
        }}
        data={[
          { value: 'sent', label: t('transfers.openOnly') },
          { value: 'all', label: t('transfers.all') },
        ]}
      />
      <ProblemAlert error={transfers.error} />
      {transfers.data && items.length === 0 ? (
        <Text role="status">{which === 'sent' ? t('transfers.noneOpen') : t('transfers.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t('transfers.title')} aria-busy={transfers.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transfers.member')}</Table.Th>
                <Table.Th>{t('transfers.from')}</Table.Th>
                <Table.Th>{t('transfers.to')}</Table.Th>
                <Table.Th>{t('transfers.sentOn')}</Table.Th>
                <Table.Th>{t('transfers.dueOn')}</Table.Th>
                <Table.Th>{t('common.reason')}</Table.Th>
                <Table.Th>{t('transfers.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((x) => {
                const dir = direction(x);
                return (
                  <Table.Tr key={x.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${org}/members/${x.memberId}`}>
                        {x.memberName}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        {x.memberNo}
                      </Text>
                      {dir && (
                        <Badge ml={6} variant="light" color={dir === 'in' ? 'teal' : 'gray'}>
                          {dir === 'in' ? t('transfers.incoming') : t('transfers.outgoing')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${org}/units/${x.fromUnitId}`}>
                        {x.fromUnitCode}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/orgs/${org}/units/${x.toUnitId}`}>
                        {x.toUnitCode}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {date(x.sentOn)}
                      <Text size="xs" c="dimmed">
                        {x.sentBy}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {date(x.dueOn)}
                      {x.overdue && (
                        <Badge ml={6} color="red" variant="light">
                          {t('transfers.overdue')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{x.reason}</Text>
                      {x.decisionReason && x.state !== 'sent' && (
                        <Text size="xs" c="dimmed">
                          {t('transfers.decided', { date: date(x.decidedOn), by: x.decidedBy ?? '—', reason: x.decisionReason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={x.state === 'sent' ? 'indigo' : x.state === 'received' ? 'teal' : 'gray'}>
                        {t(transferStateLabel(x.state))}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {x.state === 'sent' && (
                        <Group gap={4} wrap="nowrap">
                          {dir !== 'out' && (
                            <Button size="compact-xs" onClick={() => setDecision({ transfer: x, action: 'receive' })} aria-label={t('transfers.receiveN', { id: x.memberId, unit: x.toUnitCode })}>
                              {t('transfers.receive')}
                            </Button>
                          )}
                          {dir !== 'out' && (
                            <Button size="compact-xs" variant="default" onClick={() => setDecision({ transfer: x, action: 'return' })}>
                              {t('transfers.return')}
                            </Button>
                          )}
                          {dir !== 'in' && (
                            <Button size="compact-xs" variant="outline" color="red.9" onClick={() => setDecision({ transfer: x, action: 'cancel' })}>
                              {t('transfers.cancel')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pages={pages} nextCursor={transfers.data?.nextCursor} />
      {decision && <DecideDialog org={org} decision={decision} onClose={() => setDecision(null)} />}
    </Stack>
  );
}

function DecideDialog({ org, decision, onClose }: { org: string; decision: Decision; onClose(): void }) {
  const { t } = useI18n();
  const [meeting, setMeeting] = useState('');
  const x = decision.transfer;
  const path = { params: { path: { org, transferId: x.id } } };
  const titles = { receive: 'transfers.receiveTitle', return: 'transfers.returnTitle', cancel: 'transfers.cancelTitle' } as const;
  const labels = { receive: 'transfers.receive', return: 'transfers.return', cancel: 'transfers.cancel' } as const;
  return (
    <StepModal
      org={org}
      onClose={onClose}
      reason={decision.action === 'receive' ? 'optional' : 'required'}
      danger={decision.action !== 'receive'}
      title={t(titles[decision.action], { id: x.memberId, from: x.fromUnitCode, to: x.toUnitCode })}
      confirmLabel={t(labels[decision.action])}
      action={(reason) => {
        if (decision.action === 'receive') return unwrap(api.POST('/api/v1/orgs/{org}/transfers/{transferId}/receive', { ...path, body: { ...(reason ? { reason } : {}), meetingRef: meetingRefOrNull(meeting), version: x.version } }));
        if (decision.action === 'return') return unwrap(api.POST('/api/v1/orgs/{org}/transfers/{transferId}/return', { ...path, body: { reason: reason ?? '', meetingRef: meetingRefOrNull(meeting), version: x.version } }));
        return unwrap(api.POST('/api/v1/orgs/{org}/transfers/{transferId}/cancel', { ...path, body: { reason: reason ?? '', version: x.version } }));
      }}
    >
      {(error) => (
        <>
          <Text size="sm">{t(decision.action === 'receive' ? 'transfers.receiveHelp' : decision.action === 'return' ? 'transfers.returnHelp' : 'transfers.cancelHelp')}</Text>
          {decision.action !== 'cancel' && <MeetingRefInput value={meeting} onChange={setMeeting} error={error} org={org} unitId={x.toUnitId} />}
        </>
      )}
    </StepModal>
  );
}
