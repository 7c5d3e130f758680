import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { VoteResult } from '../../api/meetings';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';

const majorityLabel: Record<VoteResult['rule']['majority'], MessageKey> = { simple: 'vote.majority.simple', absolute: 'vote.majority.absolute', two_thirds: 'vote.majority.two_thirds' };

/** A vote's result with the basis it was decided on: who was entitled and present, the rule, the counts. */
export function VoteResultView({ result }: { result: VoteResult }) {
  const { t, number } = useI18n();
  const c = result.count;
  const q = result.rule.quorum;
  const quorum = typeof q === 'object' ? t('vote.quorum.atLeast', { n: q.atLeast }) : t(q === 'none' ? 'vote.quorum.none' : q === 'majority' ? 'vote.quorum.majority' : 'vote.quorum.two_thirds');
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge color={result.adopted ? 'green' : 'red'} variant="light">
          {result.adopted ? t('vote.resultAdopted') : t('vote.rejected')}
        </Badge>
        <Text size="sm">{t('vote.tally', { for: number(c.for), against: number(c.against), abstain: number(c.abstain) })}</Text>
      </Group>
      <List size="sm" aria-label={t('vote.basisList')}>
        <List.Item>{t('vote.presence', { present: number(c.present), entitled: number(c.entitled) })}</List.Item>
        <List.Item>
          {t('vote.quorumLine', { rule: quorum, required: number(result.quorumRequired) })} — {result.quorumMet ? t('vote.met') : t('vote.notMet')}
        </List.Item>
        <List.Item>{t('vote.majorityLine', { rule: t(majorityLabel[result.rule.majority]), needed: number(result.votesNeeded) })}</List.Item>
      </List>
    </Stack>
  );
}
