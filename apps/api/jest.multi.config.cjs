const { integrationConfig } = require('../../jest.preset.cjs');

// API processes side by side on one PostgreSQL and one Redis (REDIS_URL required).
module.exports = integrationConfig(__dirname, {
  testMatch: ['<rootDir>/test/**/*.multi-spec.ts'],
  maxWorkers: 1,
});
