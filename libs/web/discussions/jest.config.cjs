const { webConfig } = require('../../../jest.preset.cjs');

const base = webConfig(__dirname);

// react-markdown and remark-gfm ship ESM only; posts render as plain paragraphs in specs
// (the Markdown itself is the ui library's concern).
module.exports = {
  ...base,
  moduleNameMapper: {
    '^react-markdown$': '<rootDir>/src/testing/markdown.stub.tsx',
    '^remark-gfm$': '<rootDir>/src/testing/markdown.stub.tsx',
    ...base.moduleNameMapper,
  },
};
