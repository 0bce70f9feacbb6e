import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { guideMock } from '../../testing/guide-fixtures';
import { firstPaint, renderGuide } from '../../testing/render-guide';
import { GuidePage } from './guide.page';

describe('GuidePage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists every stage as contents with its published chapters', async () => {
    renderGuide(<GuidePage />, { mocks: [guideMock()] });
    expect(
      screen.getByRole('heading', { level: 1, name: 'From idea to action' }),
    ).toBeInTheDocument();
    const contents = await screen.findByRole('navigation', { name: 'Contents' }, firstPaint);
    expect(within(contents).getAllByRole('heading', { level: 3 })).toHaveLength(7);
    expect(within(contents).getByRole('link', { name: 'Sharing decisions' })).toHaveAttribute(
      'href',
      '/guide/decisions',
    );
    expect(
      within(contents).getAllByText('No chapter is published in this stage yet.'),
    ).toHaveLength(4);
  });

  it('shows progress while the PDF is made, then hands it to the browser', async () => {
    let finish: (response: Response) => void = () => undefined;
    const fetchMock = jest.fn(() => new Promise<Response>((resolve) => (finish = resolve)));
    Object.assign(globalThis, { fetch: fetchMock });
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:guide'),
      revokeObjectURL: jest.fn(),
    });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderGuide(<GuidePage />, { mocks: [guideMock()], lng: 'fr' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Télécharger le PDF en français' }, firstPaint),
    );
    expect(fetchMock).toHaveBeenCalledWith('/guide/guide.pdf?lang=fr', expect.anything());
    expect(
      screen.getAllByText('Préparation du PDF en français… Cela peut prendre quelques secondes.')
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Télécharger le PDF en anglais' })).toBeDisabled();
    finish({ ok: true, blob: () => Promise.resolve(new Blob(['%PDF'])) } as Response);
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(screen.getAllByText('Le PDF en français se télécharge.').length).toBeGreaterThan(0);
  });
});
