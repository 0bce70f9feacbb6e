import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPlaces } from '../../testing/render-places';
import { createPlaceMutation } from '../place.documents';
import { PlaceForm } from './place-form';
import { emptyPlace } from './place-values';

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('textbox', { name: /^name/i }));
  await user.paste('La Base');
  await user.click(screen.getByRole('textbox', { name: /^summary/i }));
  await user.paste('A citizen lab in a former barracks.');
  await user.click(screen.getByRole('checkbox', { name: 'Citizen lab' }));
  await user.click(screen.getByRole('textbox', { name: /^city/i }));
  await user.paste('Lyon');
  await user.selectOptions(screen.getByRole('combobox', { name: /^country/i }), 'FR');
}

describe('PlaceForm', () => {
  it('asks for the required fields before sending anything', async () => {
    const onSaved = jest.fn();
    renderPlaces(<PlaceForm initial={emptyPlace} uploadMaxBytes={5_000_000} onSaved={onSaved} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publish the place' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('This field is required.');
    expect(screen.getByRole('textbox', { name: /^name/i })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('link', { name: 'Name: This field is required.' })).toHaveAttribute(
      'href',
      '#name',
    );
    expect(screen.getByRole('link', { name: 'Country: This field is required.' })).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows the server’s messages on the fields they concern', async () => {
    const onSaved = jest.fn();
    renderPlaces(<PlaceForm initial={emptyPlace} uploadMaxBytes={5_000_000} onSaved={onSaved} />, {
      mocks: [
        {
          request: {
            query: createPlaceMutation,
            variables: (vars) => vars['input'].latitude === 123 && vars['input'].country === 'FR',
          },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: {
                    'input.latitude': 'Latitude is between -90 and 90.',
                    'videos.0': 'Only PeerTube, YouTube or Vimeo pages.',
                  },
                },
              }),
            ],
          },
        },
      ],
    });
    const user = userEvent.setup();
    await fillRequired(user);
    await user.click(screen.getByRole('textbox', { name: 'Latitude' }));
    await user.paste('123');
    await user.click(screen.getByRole('textbox', { name: 'Videos' }));
    await user.paste('https://example.org/clip');
    await user.click(screen.getByRole('button', { name: 'Publish the place' }));

    const latitude = screen.getByRole('textbox', { name: 'Latitude' });
    await waitFor(() => expect(latitude).toHaveAttribute('aria-invalid', 'true'));
    expect(latitude).toHaveAccessibleDescription('Latitude is between -90 and 90.');
    expect(screen.getByRole('textbox', { name: 'Videos' })).toHaveAccessibleDescription(
      /only peertube, youtube or vimeo pages/i,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The place could not be saved. Check the fields below.',
    );
    expect(
      screen.getByRole('link', { name: 'Latitude: Latitude is between -90 and 90.' }),
    ).toHaveAttribute('href', '#latitude');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
