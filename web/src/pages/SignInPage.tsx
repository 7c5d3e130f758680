import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** Sign in, or choose a password with the one-time setup token printed by `cellbook serve` / `cellbook user reset`. */
export function SignInPage() {
  const { t } = useI18n();
  const location = useLocation();
  const settingPassword = location.pathname === '/set-password';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // The token arrives in the fragment (#token=…), which browsers never send to the server or in a Referer.
  const [token, setToken] = useState(new URLSearchParams(location.hash.slice(1)).get('token') ?? '');
  const [done, setDone] = useState<string | null>(null);

  const login = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/login', { body: { username, password } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    },
  });
  const reset = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/password-reset', { body: { token, password } })),
    onSuccess: (r) => {
      setDone(r.username);
      setUsername(r.username);
      setPassword('');
      navigate('/login', { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (settingPassword) reset.mutate();
    else login.mutate();
  };
  const pending = login.isPending || reset.isPending;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {settingPassword ? t('signIn.setPasswordTitle') : t('signIn.title')}
            </Title>
            <LanguageSwitch />
            {done && !settingPassword && (
              <Text role="status" c="green.9">
                {t('signIn.passwordSet', { username: done })}
              </Text>
            )}
            {settingPassword ? (
              <TextInput label={t('signIn.token')} description={t('signIn.tokenHelp')} value={token} onChange={(e) => setToken(e.currentTarget.value)} required autoComplete="one-time-code" />
            ) : (
              <TextInput label={t('signIn.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} required autoComplete="username" />
            )}
            <PasswordInput
              label={settingPassword ? t('signIn.newPassword') : t('signIn.password')}
              description={settingPassword ? t('signIn.passwordRules') : undefined}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
              autoComplete={settingPassword ? 'new-password' : 'current-password'}
            />
            <ProblemAlert error={settingPassword ? reset.error : login.error} title={settingPassword ? t('signIn.setPasswordFailed') : t('signIn.failed')} />
            <Button type="submit" loading={pending}>
              {settingPassword ? t('signIn.setPassword') : t('signIn.submit')}
            </Button>
            <Anchor component={Link} to={settingPassword ? '/login' : '/set-password'} size="sm">
              {settingPassword ? t('signIn.backToSignIn') : t('signIn.haveToken')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
