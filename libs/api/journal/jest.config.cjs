const { unitConfig } = require('../../../jest.preset.cjs');

module.exports = unitConfig(__dirname);
