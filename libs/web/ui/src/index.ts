import './lib/ui.css';

export * from './lib/theme/theme';
export * from './lib/layout/app-layout';
export * from './lib/layout/language-switch';
export * from './lib/layout/skip-link';
export * from './lib/page/page-heading';
export * from './lib/forms/form-error-summary';
export * from './lib/forms/live-region';
export * from './lib/lists/load-more-button';
export * from './lib/forms/character-count';
export * from './lib/forms/image-upload-field';
export * from './lib/i18n/ui.resources';
export * from './lib/page/page-loader';
export * from './lib/markdown/markdown';
export * from './lib/geo/display-names';
export * from './lib/geo/country-select';
export * from './lib/video/video-embed';
export { videoEmbed } from './lib/video/video-embed-url';
