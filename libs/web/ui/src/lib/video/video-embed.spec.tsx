import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { uiFr } from '../i18n/ui.resources';
import { VideoEmbed } from './video-embed';
import { videoEmbed } from './video-embed-url';

describe('videoEmbed', () => {
  it('builds each provider’s player address from the page address', () => {
    expect(videoEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10')?.embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ')?.embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbed('https://vimeo.com/76979871')?.embedUrl).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1',
    );
    expect(videoEmbed('https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv')).toEqual({
      provider: 'peertube',
      host: 'tube.example.org',
      embedUrl: 'https://tube.example.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv',
    });
    expect(videoEmbed('https://example.org/about')).toBeNull();
    expect(videoEmbed('javascript:alert(1)')).toBeNull();
  });
});

describe('VideoEmbed', () => {
  it('loads nothing from the video host until the reader asks for it', async () => {
    const i18n = createInstance();
    void i18n.use(initReactI18next).init({
      lng: 'fr',
      resources: { fr: { ui: uiFr } },
      initAsync: false,
    });
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider>
          <VideoEmbed
            url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
            title="Vidéo 1 de Ponyride"
          />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(document.querySelector('iframe')).toBeNull();
    expect(
      screen.getByText(/rien n’est chargé depuis youtube tant que vous ne choisissez pas/i),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir sur YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );

    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: /charger la vidéo depuis youtube/i }));

    const frame = screen.getByTitle('Vidéo 1 de Ponyride');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(screen.queryByRole('button', { name: /charger la vidéo/i })).toBeNull();
  });
});
