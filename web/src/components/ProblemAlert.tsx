import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api/client';
import type { MessageKey } from '../i18n/en';
import { useI18n, type I18n } from '../i18n/i18n';

/** The plain-words message for an error from the API (or the network). */
export function problemText(error: unknown, t: I18n['t']): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  const code = error.problem.code;
  const known: Partial<Record<string, MessageKey>> = {
    network_error: 'problem.network',
    unauthorized: 'problem.unauthorized',
    forbidden: 'problem.forbidden',
    not_found: 'problem.not_found',
    version_conflict: 'problem.version_conflict',
    too_many_requests: 'problem.too_many_requests',
    csrf_rejected: 'problem.csrf_rejected',
    internal_error: 'problem.internal_error',
  };
  const key = known[code];
  // Validation and rule messages from the server are specific ("A cell must sit under …"): show them as they are.
  const detail = error.problem.detail || error.problem.title;
  return key ? t(key) : detail;
}

/** An API error shown next to the form it concerns, with every located problem listed. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const problems = error instanceof ApiError ? (error.problem.problems ?? []) : [];
  const hint = error instanceof ApiError ? error.problem.hint : undefined;
  return (
    <Alert color="red" title={title ?? t('error.actionFailed')} role="alert">
      <Text size="sm">{problemText(error, t)}</Text>
      {problems.length > 0 && (
        <List size="sm" mt="xs">
          {problems.slice(0, 50).map((p, i) => (
            <List.Item key={i}>
              {p.line !== undefined ? t('import.line', { line: p.line }) + (p.column ? ` · ${p.column}` : '') + ': ' : p.path ? `${p.path}: ` : ''}
              {p.message}
            </List.Item>
          ))}
        </List>
      )}
      {hint && (
        <Text size="sm" mt="xs">
          {hint}
        </Text>
      )}
    </Alert>
  );
}
