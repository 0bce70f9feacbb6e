const { webConfig } = require('../../../jest.preset.cjs');

module.exports = webConfig(__dirname);
