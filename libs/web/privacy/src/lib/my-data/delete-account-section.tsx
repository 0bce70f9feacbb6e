import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors, meQuery, useRefreshSession } from '@wide-open/web/data-access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteAccountMutation } from '../privacy.documents';

/** The danger zone: deleting the account, confirmed with the password in a dialog. */
export interface DeleteAccountSectionProps {
  /** True while the deletion is on its way: the page must not send the person to sign in. */
  onDeleting: (deleting: boolean) => void;
}

export function DeleteAccountSection({ onDeleting }: DeleteAccountSectionProps) {
  const { t } = useTranslation('privacy');
  const navigate = useNavigate();
  const refreshSession = useRefreshSession();
  const client = useApolloClient();
  const [remove, { loading }] = useMutation(deleteAccountMutation);
  const [opened, setOpened] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setOpened(false);
    setPassword('');
    setPasswordError(undefined);
    setFailure(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!password) {
      setPasswordError(t('delete.required'));
      return;
    }
    setPasswordError(undefined);
    onDeleting(true);
    try {
      await remove({ variables: { password } });
    } catch (error) {
      onDeleting(false);
      const code = errorCode(error);
      // The server disconnects this browser's socket as it deletes; the session:revoked handler
      // then resets the Apollo store, which can reject this very mutation. Ask who is signed in.
      if (!code && !(await stillSignedIn())) {
        onDeleting(true);
        goHome();
        return;
      }
      if (code === ErrorCode.BAD_USER_INPUT && fieldErrors(error)['password']) {
        setPasswordError(t('delete.wrongPassword'));
      } else if (code === ErrorCode.CONFLICT) {
        setFailure(t('delete.lastAdmin'));
      } else if (code === ErrorCode.RATE_LIMITED) {
        setFailure(t('delete.rateLimited'));
      } else {
        setFailure(t('delete.failed'));
      }
      return;
    }
    goHome();
  };

  // Signed out on the server already: go home and say so, then forget this viewer here.
  const goHome = () => {
    void navigate('/', { replace: true, state: { accountDeleted: true } });
    void refreshSession().catch(() => undefined);
  };

  const stillSignedIn = async () => {
    try {
      const { data } = await client.query({ query: meQuery, fetchPolicy: 'network-only' });
      return Boolean(data?.me);
    } catch {
      return true;
    }
  };

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="danger-heading"
      style={{ borderColor: 'var(--mantine-color-red-8)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="danger-heading" c="red.9">
          {t('delete.title')}
        </Title>
        <Title order={3} size="h4">
          {t('delete.heading')}
        </Title>
        <Text>{t('delete.body')}</Text>
        <Group>
          <Button color="red.8" variant="outline" onClick={() => setOpened(true)}>
            {t('delete.open')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('delete.dialogTitle')}
        closeButtonProps={{ 'aria-label': t('delete.cancel') }}
      >
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            {failure ? (
              <Alert role="alert" color="red" variant="light">
                {failure}
              </Alert>
            ) : null}
            <Text>{t('delete.dialogBody')}</Text>
            <PasswordInput
              label={t('delete.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordError}
              // PasswordInput leaves these to us: the error must be tied to the field.
              errorProps={{ id: 'delete-password-error' }}
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? 'delete-password-error' : undefined}
              autoComplete="current-password"
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('delete.cancel')}
              </Button>
              <Button type="submit" color="red.8" loading={loading}>
                {t('delete.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
