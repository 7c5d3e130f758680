import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ClassItem } from '../../api/training';
import { useI18n } from '../../i18n/i18n';

/** Classes with their places: free, or full with how many wait. */
export function ClassTable({ org, classes, label }: { org: string; classes: ClassItem[]; label: string }) {
  const { t, date, number } = useI18n();
  if (classes.length === 0) return <Text role="status">{t('training.noClasses')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.class')}</Table.Th>
            <Table.Th>{t('training.schedule')}</Table.Th>
            <Table.Th>{t('training.room')}</Table.Th>
            <Table.Th>{t('training.dates')}</Table.Th>
            <Table.Th>{t('training.places')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {classes.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td>
                <Anchor component={Link} to={`/orgs/${org}/classes/${k.id}`}>
                  {k.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {k.courseCode} · {k.unitCode}
                </Text>
              </Table.Td>
              <Table.Td>{k.schedule}</Table.Td>
              <Table.Td>{k.room}</Table.Td>
              <Table.Td>
                {date(k.startsOn)} – {date(k.endsOn)}
              </Table.Td>
              <Table.Td>
                {k.places.free > 0 ? (
                  <Badge color="green" variant="light">
                    {t('training.freePlaces', { n: number(k.places.free), capacity: number(k.places.capacity) })}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light">
                    {t('training.fullWaiting', { n: number(k.places.waitlisted) })}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
