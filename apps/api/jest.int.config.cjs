const { integrationConfig } = require('../../jest.preset.cjs');

// One real PostgreSQL per run (embedded, or DATABASE_URL's server), one fresh database per suite.
module.exports = integrationConfig(__dirname, { maxWorkers: 2 });
