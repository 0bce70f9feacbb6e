/**
 * Test helpers shared by the web libraries' component specs: the app's providers around a
 * component, and the fixtures several libraries need (`me`, a session member, `firstPaint`).
 *
 * For specs and `src/testing/` files only, never production code: it pulls in
 * `@testing-library/react` and Apollo's mocks (eslint's `no-restricted-imports` enforces it).
 */
export { firstPaint, meMock, sessionMember } from './lib/fixtures';
export {
  type PlaceholderRoute,
  renderWithProviders,
  type RenderWithProvidersOptions,
} from './lib/render-with-providers';
