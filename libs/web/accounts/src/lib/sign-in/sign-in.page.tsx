import {
  Alert,
  Anchor,
  Button,
  Container,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useSignIn } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../session/require-member';
import { describeSignInError, type SignInProblem } from './sign-in-error';

export function SignInPage() {
  const { t, i18n } = useTranslation('accounts');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [busy, setBusy] = useState(false);
  // Set when the server ended this browser's session (see App's RealtimeProvider).
  const ended = params.get('ended');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = {
      ...(email.trim() ? {} : { email: t('validation.required') }),
      ...(password ? {} : { password: t('validation.required') }),
    };
    setMissing(required);
    setProblem(null);
    if (Object.keys(required).length > 0) return;
    setBusy(true);
    try {
      const member = await signIn(email.trim(), password);
      const fallback = member.status === MemberStatus.ACTIVE ? '/app' : '/application';
      await navigate(safeNextPath(params.get('next'), fallback), { replace: true });
    } catch (error) {
      setProblem(describeSignInError(error, t, i18n.resolvedLanguage ?? 'en'));
      setBusy(false);
    }
  };

  return (
    <Container size="xs">
      <Stack gap="md">
        <PageHeading title={t('signIn.title')} />
        {ended && !problem ? (
          <Alert role="alert" color="red" variant="light" title={t('signIn.ended')}>
            {ended === 'suspended' ? t('signIn.endedSuspended') : t('signIn.endedElsewhere')}
          </Alert>
        ) : null}
        {problem ? (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={problem.title}
            id="sign-in-problem"
          >
            {problem.details.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Alert>
        ) : null}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <TextInput
              id="email"
              type="email"
              label={t('signIn.email')}
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={missing.email}
            />
            <PasswordInput
              id="password"
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={missing.password}
            />
            <Button type="submit" loading={busy} size="md">
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
        <Text size="sm">
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up">
            {t('signIn.apply')}
          </Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
