import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommunityRole } from '@wide-open/shared/contracts';
import { type MemberProfileFragment } from '@wide-open/web/data-access';
import { GraphQLError } from 'graphql';
import { renderMembers } from '../../testing/render-members';
import { updateProfileMutation } from '../members.documents';
import { ProfileForm } from './profile-form';

const member: MemberProfileFragment & { __typename: 'Member' } = {
  __typename: 'Member',
  id: 'm-1',
  handle: 'ana',
  displayName: 'Ana Lima',
  avatarUrl: null,
  headline: null,
  bio: null,
  communityRole: CommunityRole.RESEARCHER,
  sector: null,
  city: 'Lisbon',
  country: 'PT',
  languages: ['pt', 'en'],
  skills: ['facilitation'],
  interests: [],
  links: [],
  locale: 'en',
  places: [],
};

describe('ProfileForm', () => {
  it('puts the server’s per-field messages on their fields and lists them in the summary', async () => {
    const onSaved = jest.fn();
    renderMembers(<ProfileForm member={member} uploadMaxBytes={5_000_000} onSaved={onSaved} />, {
      mocks: [
        {
          request: { query: updateProfileMutation, variables: () => true },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: {
                    'input.handle': 'Use lowercase letters, digits, - and _.',
                    country: 'Unknown country code.',
                    'skills.1': 'A skill has 40 characters at most.',
                  },
                },
              }),
            ],
          },
        },
      ],
    });
    const user = userEvent.setup();
    const handle = screen.getByRole('textbox', { name: /^handle/i });
    await user.clear(handle);
    await user.paste('Ana Lima!');
    await user.click(screen.getByRole('button', { name: 'Save my profile' }));

    await waitFor(() => expect(handle).toHaveAttribute('aria-invalid', 'true'));
    expect(handle).toHaveAccessibleDescription(/use lowercase letters, digits/i);
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveAccessibleDescription(
      'Unknown country code.',
    );
    expect(screen.getByRole('combobox', { name: 'Skills' })).toHaveAccessibleDescription(
      /a skill has 40 characters at most/i,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Unknown country code.');
    expect(
      screen.getByRole('link', { name: 'A skill has 40 characters at most.' }),
    ).toHaveAttribute('href', '#skills');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends blank optional fields as cleared and leaves the avatar unchanged', async () => {
    const onSaved = jest.fn();
    const saved = { ...member, headline: null, city: null };
    renderMembers(<ProfileForm member={member} uploadMaxBytes={5_000_000} onSaved={onSaved} />, {
      mocks: [
        {
          request: {
            query: updateProfileMutation,
            variables: (vars) =>
              vars['input'].city === null &&
              !('avatarId' in vars['input']) &&
              vars['input'].handle === 'ana',
          },
          result: { data: { updateProfile: saved } },
        },
      ],
    });
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: 'City' }));
    await user.click(screen.getByRole('button', { name: 'Save my profile' }));
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ handle: 'ana' })),
    );
  });
});
