import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { problemText } from './ProblemAlert';

/** A whole page that could not be shown: says why in plain words, never a blank screen. */
export function ErrorState({ error, notFound }: { error?: unknown; notFound?: boolean }) {
  const { t } = useI18n();
  const missing = notFound || (error instanceof ApiError && error.status === 404);
  return (
    <Stack p="md" maw={640}>
      <Title order={1}>{missing ? t('error.notFoundTitle') : t('error.title')}</Title>
      <Alert color={missing ? 'gray' : 'red'} role="alert">
        <Text>{missing ? t('error.notFound') : problemText(error, t)}</Text>
      </Alert>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('error.home')}
      </Button>
    </Stack>
  );
}
